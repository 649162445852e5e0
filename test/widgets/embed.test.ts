/**
 * The one-script embed: this page (the test runner's origin) loads the built bundle from the worker's origin,
 * exactly as a blog would, with no `api` attribute — the widget must find the API at its script's origin.
 */
import { describe, expect, inject, it } from "vitest";

const apiBase = inject("apiBase");

describe("one script tag", () => {
  it("should register <pa-chart> from /widgets/v1.js and draw from the script's own origin", async () => {
    const script = document.createElement("script");
    script.type = "module";
    script.src = `${apiBase}/widgets/v1.js`;
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;
    await customElements.whenDefined("pa-chart");
    const element = document.createElement("pa-chart");
    element.setAttribute("dataset", "internet-users@1.0.0");
    element.setAttribute("measure", "penetration_pct");
    const drawn = new Promise<CustomEvent>((resolve) => element.addEventListener("pa-load", (e) => resolve(e as CustomEvent)));
    document.body.append(element);
    expect((await drawn).detail.rows).toBeGreaterThan(20);
  });

  it("should not throw when the script is included twice", async () => {
    const errors: string[] = [];
    window.addEventListener("error", (e) => errors.push(e.message));
    const again = document.createElement("script");
    again.type = "module";
    // A query string makes the browser evaluate a second copy of the module.
    again.src = `${apiBase}/widgets/v1.js?copy=2`;
    await new Promise((resolve, reject) => {
      again.onload = resolve;
      again.onerror = reject;
      document.head.append(again);
    });
    expect(errors).toEqual([]);
    expect(customElements.get("pa-chart")).toBeDefined();
  });
});
