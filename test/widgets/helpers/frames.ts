/**
 * Host pages on the page server's origin (strict CSP) in an iframe, and the harness that reports what the
 * widgets did there (test/support/pages/harness.js): the test cannot read a cross-origin frame's DOM.
 */
import { inject } from "vitest";

const pageBase = inject("pageBase");

/** What the harness reports. */
export interface Report {
  events: { type: string; id: string; tag: string }[];
  errors: string[];
  violations: string[];
  resources: string[];
  elements: {
    id: string;
    tag: string;
    defined: boolean;
    caption: string;
    summary: string;
    alert: string;
    rows: number;
    tiles: number;
    painted: number;
  }[];
}

let nextId = 0;

/** Sends `cmd` to the frame's harness and returns its report. */
export function ask(frame: HTMLIFrameElement, cmd: "report" | "scroll" | "sweep" | "idle"): Promise<Report> {
  const id = ++nextId;
  return new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.data?.id !== id) return;
      removeEventListener("message", listener);
      resolve(event.data.report as Report);
    };
    addEventListener("message", listener);
    frame.contentWindow?.postMessage({ id, cmd }, "*");
  });
}

/** Opens `page` from the page server in an iframe of `width`×`height` and waits for it to load. */
export async function openPage(page: string, width = 1000, height = 4000): Promise<HTMLIFrameElement> {
  const frame = document.createElement("iframe");
  frame.width = String(width);
  frame.height = String(height);
  frame.src = `${pageBase}/${page}`;
  const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Asks for reports until `done` holds (or times out), and returns the last one. */
export async function reportWhen(frame: HTMLIFrameElement, done: (r: Report) => boolean, timeout = 15_000): Promise<Report> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const report = await ask(frame, "report");
    if (done(report) || Date.now() > deadline) return report;
    await new Promise((r) => setTimeout(r, 100));
  }
}
