/**
 * The fault matrix: each way the data can fail to arrive, against our own fault server (a test double of the
 * network in front of the real worker, test/support/serve-pages.ts) — never a mock of the widget's code.
 * Every failure must be a visible, accessible message (role=alert) and a `pa-error` event, never a blank box
 * or an uncaught exception.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { cleanup, mount, once, shadow, shadowAll, text } from "./helpers/dom";
import { DATASET_TAGS } from "./helpers/elements";

const api = inject("apiBase");
const faults = inject("faultBase");
const down = inject("downBase");

const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(e.message);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
beforeEach(() => {
  uncaught.length = 0;
  addEventListener("error", onError);
  addEventListener("unhandledrejection", onRejection);
});
afterEach(() => {
  removeEventListener("error", onError);
  removeEventListener("unhandledrejection", onRejection);
  cleanup();
  expect(uncaught).toEqual([]);
});

const DATA = { dataset: "internet-users@1.0.0", measure: "penetration_pct" };

/** Mounts a chart against `base` and returns the `pa-error` detail and the alert's text. */
async function failure(base: string, attributes: Record<string, string> = {}, tag: keyof HTMLElementTagNameMap = "pa-chart") {
  const element = mount(tag, { api: base, lang: "en", ...DATA, ...attributes });
  const error = await once(element, "pa-error");
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const alert = shadow(element, '[role="alert"]');
  return { element, detail: error.detail as { kind: string; status?: number; message: string }, alert: text(alert) };
}

describe("fault matrix", () => {
  it("API down: says the service could not be reached", async () => {
    const { detail, alert } = await failure(down);
    expect(detail.kind).toBe("network");
    expect(alert).toBe("The data could not be shown The data service could not be reached.");
  });

  it("500 with problem+json: shows the problem's title and detail", async () => {
    const { detail, alert } = await failure(`${faults}/status500`);
    expect(detail).toMatchObject({ kind: "http", status: 500 });
    expect(alert).toContain("(500): Internal error — Test double: the store did not answer.");
  });

  it("a 10-second stall: gives up after the element's timeout", async () => {
    // The stall lasts 10 s and the test's own limit is 20 s: only the element's 300 ms timeout can yield "timeout".
    const { detail, alert } = await failure(`${faults}/stall`, { timeout: "300" });
    expect(detail.kind).toBe("timeout");
    expect(alert).toContain("did not answer in time");
  });

  it("malformed JSON: says it is not JSON", async () => {
    const { detail, alert } = await failure(`${faults}/malformed`);
    expect(detail.kind).toBe("parse");
    expect(alert).toContain("not valid JSON");
  });

  it("schema-invalid data: rejected by the worker's own schema", async () => {
    const { detail, alert } = await failure(`${faults}/invalid`);
    expect(detail.kind).toBe("invalid");
    expect(detail.message).toMatch(/value/i);
    expect(alert).toContain("unexpected shape");
  });

  it("unknown dataset: shows the API's 404 problem", async () => {
    const { detail, alert } = await failure(api, { dataset: "no-such-dataset@1.0.0", measure: "" });
    expect(detail).toMatchObject({ kind: "http", status: 404 });
    expect(alert).toMatch(/no-such-dataset/);
  });

  it("offline after a first success: keeps the data on screen, marked stale", async () => {
    const token = `t${Math.random().toString(36).slice(2)}`;
    const element = mount("pa-chart", { api: `${faults}/flaky-${token}`, lang: "en", ...DATA });
    expect((await once(element, "pa-load")).detail.stale).toBe(false);
    const rows = shadowAll(element, "tbody tr").length;
    expect(rows).toBeGreaterThan(20);
    await fetch(`${faults}/_control/offline/${token}`);
    element.reload();
    expect((await once(element, "pa-load")).detail.stale).toBe(true);
    await element.updateComplete;
    expect(text(shadow(element, ".stale"))).toBe(
      "The data service is unavailable: showing data loaded earlier. (The data service could not be reached.)",
    );
    expect(shadow(element, ".stale")?.getAttribute("role")).toBe("status");
    expect(shadowAll(element, "tbody tr")).toHaveLength(rows);
    expect(shadow(element, '[role="alert"]')).toBeNull();
    // Back online: the browser says so, the element tries again by itself.
    await fetch(`${faults}/_control/online/${token}`);
    const fresh = once(element, "pa-load");
    dispatchEvent(new Event("online"));
    expect((await fresh).detail.stale).toBe(false);
    await element.updateComplete;
    expect(shadow(element, ".stale")).toBeNull();
  });
});

describe("every element shows failures", () => {
  for (const tag of DATASET_TAGS) {
    it(`${tag}: an alert in Chinese when the API is down`, async () => {
      const { alert } = await failure(down, { lang: "zh" }, tag);
      expect(alert).toBe("无法显示数据 无法连接数据服务。");
    });
  }

  it("pa-indicator: the API's problem when the indicator does not exist", async () => {
    const { detail } = await failure(api, { indicator: "no-such-indicator" }, "pa-indicator");
    expect(detail).toMatchObject({ kind: "http", status: 404 });
  });

  it("a missing dataset attribute or a broken api attribute is an alert, not an exception", async () => {
    expect((await failure(api, { dataset: "" })).alert).toBe(
      "The data could not be shown No data given (a dataset attribute or inline JSON).",
    );
    expect((await failure("not a url", {})).alert).toBe("The data could not be shown The api attribute is not a valid URL: not a url");
  });

  it("inline data that is not JSON, or not data, is an alert", async () => {
    for (const [inline, kind] of [
      ["{oops", "parse"],
      [{ rows: [{ region: "CN", period: "2024", measure: "x", value: "1" }] }, "invalid"],
    ] as const) {
      const element = mount("pa-stat", { lang: "en" }, { inline });
      expect((await once(element, "pa-error")).detail.kind).toBe(kind);
      element.remove();
    }
  });
});
