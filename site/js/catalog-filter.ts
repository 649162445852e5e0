/**
 * @module Search and theme filter of the catalog page. The page works without it (a list with theme anchors);
 * this reveals the form and hides cards and theme groups that do not match. State lives in the URL query
 * (`?q=…&theme=…`) so a filtered view can be linked.
 */

const form = document.querySelector<HTMLFormElement>("#catalog-filter");
const input = document.querySelector<HTMLInputElement>("#q");
const select = document.querySelector<HTMLSelectElement>("#theme");
const status = document.querySelector<HTMLElement>("#filter-status");

/** Lower-cased words of a query; a card matches when its search text contains every word. */
export const words = (query: string): string[] => query.toLowerCase().split(/\s+/).filter(Boolean);

function apply(): void {
  if (!input || !select || !status) return;
  const terms = words(input.value);
  const theme = select.value;
  const shown = new Set<string>();
  for (const group of document.querySelectorAll<HTMLElement>(".theme-group")) {
    let visible = 0;
    const groupMatches = !theme || group.dataset.theme === theme;
    for (const card of group.querySelectorAll<HTMLElement>(".card")) {
      const text = card.dataset.search ?? "";
      const match = groupMatches && terms.every((w) => text.includes(w));
      card.hidden = !match;
      if (match) {
        visible++;
        shown.add(card.querySelector("a")?.getAttribute("href") ?? "");
      }
    }
    group.hidden = visible === 0;
  }
  status.textContent =
    shown.size === 0 ? (status.dataset.none ?? "") : (status.dataset.template ?? "{n}").replace("{n}", String(shown.size));
  const query = new URLSearchParams();
  if (input.value) query.set("q", input.value);
  if (theme) query.set("theme", theme);
  const search = query.toString();
  history.replaceState(null, "", `${location.pathname}${search ? `?${search}` : ""}${location.hash}`);
}

if (form && input && select) {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  const theme = params.get("theme") ?? "";
  if ([...select.options].some((o) => o.value === theme)) select.value = theme;
  form.hidden = false;
  form.addEventListener("submit", (e) => e.preventDefault());
  input.addEventListener("input", apply);
  select.addEventListener("change", apply);
  if (input.value || select.value) apply();
}
