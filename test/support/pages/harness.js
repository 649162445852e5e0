// Runs inside a host page on the page server's origin and reports to the test in the parent frame (another
// origin) what the widgets did: events, errors, CSP violations, resources fetched and what each element shows.
const seen = { events: [], errors: [], violations: [] };
addEventListener("securitypolicyviolation", (e) => seen.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
addEventListener("error", (e) => seen.errors.push(String(e.message)));
// A script that fails to load (e.g. an integrity mismatch) fires a non-bubbling error on its element.
addEventListener("error", (e) => e.target instanceof HTMLScriptElement && seen.errors.push(`script failed: ${e.target.src}`), true);
addEventListener("unhandledrejection", (e) => seen.errors.push(String(e.reason)));
for (const type of ["pa-load", "pa-error", "pa-draw"]) {
  document.addEventListener(type, (e) => seen.events.push({ type, id: e.target.id, tag: e.target.localName }));
}

function painted(canvas) {
  if (!canvas || canvas.width === 0) return 0;
  const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
  return n;
}

function snapshot() {
  const elements = [...document.querySelectorAll("body *")]
    .filter((el) => el.localName.startsWith("pa-"))
    .map((el) => {
      const root = el.shadowRoot;
      return {
        id: el.id,
        tag: el.localName,
        defined: Boolean(customElements.get(el.localName)),
        caption: root?.querySelector("figcaption")?.textContent ?? "",
        summary: root?.querySelector(".summary")?.textContent ?? "",
        alert: root?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, " ").trim() ?? "",
        rows: root?.querySelectorAll("tbody tr").length ?? 0,
        tiles: root?.querySelectorAll("svg.map rect").length ?? 0,
        painted: painted(root?.querySelector("canvas")),
      };
    });
  return { ...seen, elements, resources: performance.getEntriesByType("resource").map((r) => r.name) };
}

// Intersection in a cross-origin frame is clipped by the top page's viewport and ignores rootMargin, so a
// sweep scrolls every element into view once, as a reader scrolling down the page would.
async function sweep() {
  for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
    scrollTo(0, y);
    await new Promise((r) => setTimeout(r, 120));
  }
}

// Resolves when the page has nothing left to do: two frames painted (observers delivered, layout settled), then
// an idle period of the event loop. A condition, not a guess at how long work takes.
function idle() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 5000 }))),
  );
}

addEventListener("message", async (e) => {
  const { id, cmd } = e.data ?? {};
  if (cmd === "scroll") scrollTo(0, document.documentElement.scrollHeight);
  if (cmd === "sweep") await sweep();
  if (cmd === "idle") await idle();
  if (cmd === "report" || cmd === "scroll" || cmd === "sweep" || cmd === "idle") parent.postMessage({ id, report: snapshot() }, "*");
});
