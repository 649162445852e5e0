/**
 * @module The search page: sends the query in the URL (`?q=…`) to `GET /v1/search` on the same origin and lists
 * the results, each linked to its page in the page's language, with the text that matched marked by `<mark>`
 * (built as DOM nodes, never as HTML). Typing updates the results and the URL, so a search can be linked.
 */

interface Hit {
  kind: string;
  id: string;
  title: { zh: string; en: string };
  links: { page: { zh: string; en: string } };
  highlights: { field: string; text: string; marks: [number, number][] }[];
}

const form = document.querySelector<HTMLFormElement>(".search-form");
const input = document.querySelector<HTMLInputElement>("#q");
const status = document.querySelector<HTMLElement>("#search-status");
const list = document.querySelector<HTMLOListElement>("#search-results");
const lang: "zh" | "en" = document.documentElement.lang.startsWith("zh") ? "zh" : "en";

/** The text with its marked ranges wrapped in `<mark>`. */
export function marked(text: string, marks: [number, number][]): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const [a, b] of marks) {
    if (a > at) nodes.push(document.createTextNode(text.slice(at, a)));
    const mark = document.createElement("mark");
    mark.textContent = text.slice(a, b);
    nodes.push(mark);
    at = b;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

function render(hits: Hit[]): void {
  if (!list || !status) return;
  const kinds = JSON.parse(status.dataset.kinds ?? "{}") as Record<string, string>;
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = new URL(hit.links.page[lang]).pathname + new URL(hit.links.page[lang]).hash;
      const title = hit.highlights.find((h) => h.field === `title.${lang}`);
      link.append(...(title ? marked(title.text, title.marks) : [hit.title[lang]]));
      const kind = document.createElement("span");
      kind.className = "kind";
      // Measures of the same name exist in several datasets: name the dataset.
      kind.textContent = `${kinds[hit.kind] ?? hit.kind}${hit.kind === "measure" ? ` · ${hit.id.split(":")[0]}` : ""}`;
      item.append(link, " ", kind);
      for (const h of hit.highlights.filter((x) => x !== title)) {
        const p = document.createElement("p");
        p.className = "muted";
        p.append(...marked(h.text, h.marks));
        item.append(p);
      }
      return item;
    }),
  );
  status.textContent = hits.length ? (status.dataset.count ?? "{n}").replace("{n}", String(hits.length)) : (status.dataset.none ?? "");
}

let pending: AbortController | undefined;
async function run(q: string): Promise<void> {
  pending?.abort();
  const params = q.trim() ? `?q=${encodeURIComponent(q)}` : "";
  history.replaceState(null, "", `${location.pathname}${params}`);
  if (!q.trim() || !status) return render([]);
  pending = new AbortController();
  try {
    const response = await fetch(`/v1/search?q=${encodeURIComponent(q)}&limit=20&lang=${lang}`, { signal: pending.signal });
    if (!response.ok) {
      // A query without letters is a 400: show it as no result.
      if (response.status === 400) return render([]);
      throw new Error(String(response.status));
    }
    render(((await response.json()) as { results: Hit[] }).results);
  } catch (error) {
    if ((error as Error).name !== "AbortError") status.textContent = status.dataset.failed ?? "";
  }
}

if (form && input) {
  input.value = new URLSearchParams(location.search).get("q") ?? "";
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void run(input.value);
  });
  input.addEventListener("input", () => void run(input.value));
  if (input.value) void run(input.value);
}
