// A classic script that a host page on the second origin loads before the gallery's snippets. It must parse on
// Chromium 72: ES2017 at most (no `?.`, `??`, class fields). `--dump-dom` does not serialize shadow roots, so it
// writes what the reader would see into the light DOM: each element's `data-probe` (JSON: defined, shown texts,
// table rows, painted canvas pixels, events) and `<pre id="probe-errors">` (uncaught errors, rejections,
// scripts that failed to load).
(() => {
  const errors = [];
  const events = {};
  const idOf = (el) => el.id || el.localName;
  addEventListener("error", (e) => errors.push(`error: ${e.message} at ${e.filename || ""}:${e.lineno || 0}`));
  addEventListener("error", (e) => e.target && e.target.tagName === "SCRIPT" && errors.push(`script failed: ${e.target.src}`), true);
  addEventListener("unhandledrejection", (e) => errors.push(`rejection: ${String((e.reason && e.reason.stack) || e.reason)}`));
  for (const type of ["pa-load", "pa-draw", "pa-error"]) {
    document.addEventListener(type, (e) => {
      const id = idOf(e.target);
      if (!events[id]) events[id] = [];
      events[id].push(e.detail && e.detail.message ? `${type}: ${e.detail.kind}: ${e.detail.message}` : type);
    });
  }

  const painted = (canvas) => {
    if (!canvas || !canvas.width || !canvas.height) return 0;
    const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  };
  const text = (root, selector) => {
    const node = root && root.querySelector(selector);
    return node ? node.textContent.replace(/\s+/g, " ").trim() : "";
  };
  const elements = () => (document.body ? [...document.body.querySelectorAll("*")].filter((el) => el.localName.startsWith("pa-")) : []);

  const snapshot = () => {
    for (const el of elements()) {
      const root = el.shadowRoot;
      el.setAttribute(
        "data-probe",
        JSON.stringify({
          defined: Boolean(window.customElements && customElements.get(el.localName)),
          title: text(root, '[part="title"]'),
          summary: text(root, '[part="summary"]'),
          alert: text(root, '[role="alert"]'),
          rows: root ? root.querySelectorAll("tbody tr").length : 0,
          painted: painted(root && root.querySelector("canvas")),
          events: events[idOf(el)] || [],
        }),
      );
    }
    let out = document.getElementById("probe-errors");
    if (!out && document.body) {
      out = document.createElement("pre");
      out.id = "probe-errors";
      document.body.appendChild(out);
    }
    if (out) out.textContent = JSON.stringify(errors);
  };

  // Elements that draw on a canvas are done at `pa-draw`; the others at `pa-load`; any element at `pa-error`.
  // Which is which, the element's class says (its static `drawsChart`, as the element table defines it).
  const drawsChart = (el) => {
    const element = window.customElements && customElements.get(el.localName);
    return Boolean(element && element.drawsChart);
  };
  const settled = () => {
    const all = elements();
    return (
      all.length > 0 &&
      all.every((el) => {
        const got = (events[idOf(el)] || []).join(" ");
        return got.includes("pa-error") || got.includes(drawsChart(el) ? "pa-draw" : "pa-load");
      })
    );
  };

  // Headless Chromium's virtual clock does not wait for every kind of load (old cores skip dynamic imports), so
  // the probe holds it: a request to /hold stays open for a moment of real time, and the probe sends the next
  // one until every element has settled (or, for a page that never settles, up to a limit). Then the clock
  // runs on to the end of its budget, and the DOM is dumped.
  let holds = 0;
  const hold = () => {
    snapshot();
    if (settled()) {
      // Written after the snapshot above, so a dump that has it also has every element's final state.
      document.documentElement.setAttribute("data-probe-settled", "");
      return;
    }
    if (holds++ > 200) return;
    fetch("/hold").then(hold, hold);
  };
  setInterval(snapshot, 250);
  hold();
})();
