/**
 * Helpers of the widget tests: mount an element in the test page, wait for its events, read its shadow DOM
 * and count painted canvas pixels.
 */
import "../../../widgets/index";

/** Creates `<tag>` with `attributes` (and optional inline JSON child) in the test page. */
export function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  options: { width?: number; inline?: unknown; parent?: HTMLElement } = {},
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.style.width = `${options.width ?? 640}px`;
  if (options.inline !== undefined) {
    const script = document.createElement("script");
    script.type = "application/json";
    script.textContent = typeof options.inline === "string" ? options.inline : JSON.stringify(options.inline);
    element.append(script);
  }
  (options.parent ?? document.body).append(element);
  return element;
}

/** The next `type` event of `element` (rejects after `timeout` ms). */
export function once(element: EventTarget, type: string, timeout = 15_000): Promise<CustomEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeout} ms`)), timeout);
    element.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent);
      },
      { once: true },
    );
  });
}

/** Waits until `check` returns a truthy value (polling), and returns it. */
export async function until<T>(check: () => T | undefined | null | false, timeout = 10_000, what = "condition"): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** `selector` inside the element's shadow root. */
export function shadow<T extends Element = HTMLElement>(element: Element, selector: string): T | null {
  return element.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** All matches of `selector` inside the element's shadow root. */
export function shadowAll<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return [...(element.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** Normalised text of a node. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? "").replace(/\s+/g, " ").trim();

/** A table row's cells, each normalised, joined by one space. */
export const rowText = (row: Element | null | undefined): string => [...(row?.children ?? [])].map(text).join(" ");

/** Counts canvas pixels that are not transparent: proof that Chart.js painted something. */
export function paintedPixels(canvas: HTMLCanvasElement | null): number {
  if (!canvas || canvas.width === 0) return 0;
  const { data } = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height) ?? { data: [] };
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
  return painted;
}

/** Counts pixels of a canvas close to the colour `rgb` (`#rrggbb`). */
export function pixelsOf(canvas: HTMLCanvasElement | null, rgb: string, tolerance = 24): number {
  if (!canvas || canvas.width === 0) return 0;
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(rgb.slice(i, i + 2), 16));
  const { data } = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height) ?? { data: [] };
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (
      (data[i + 3] ?? 0) > 200 &&
      Math.abs((data[i] ?? 0) - (r ?? 0)) + Math.abs((data[i + 1] ?? 0) - (g ?? 0)) + Math.abs((data[i + 2] ?? 0) - (b ?? 0)) < tolerance
    )
      n++;
  }
  return n;
}

/** Removes everything a test mounted. */
export function cleanup(): void {
  document.body.replaceChildren();
}
