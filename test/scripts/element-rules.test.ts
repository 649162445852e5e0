/**
 * Rules the element table's reader (scripts/build/widget-elements.ts) enforces on every element, so the build fails
 * rather than a page looking wrong: an element's own `static styles` would sit in the entry and lose to the views'
 * styles, which are adopted later (the ranking's height rule did, CLS 0.087, when the styles moved to the views).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { docsOf, widgetElements } from "../../scripts/build/widget-elements";
import { ROOT } from "../../scripts/lib/paths";

const ELEMENT = `/**
 * A test element.
 * @tagname pa-test
 * @summary Test.
 */
export class PaTest extends PaElement<unknown> {
  static readonly tag = "pa-test";
}`;

describe("the element table's rules", () => {
  it("should read an element that keeps its CSS in its view", () => {
    expect(docsOf("widgets/pa-test/pa-test.ts", ELEMENT).tag).toBe("pa-test");
  });

  it.each(["  static override styles = [css`.x{}`];", "  static styles = [];"])("should refuse an element declaring %s", (line) => {
    const text = ELEMENT.replace('  static readonly tag = "pa-test";', `  static readonly tag = "pa-test";\n${line}`);
    expect(() => docsOf("widgets/pa-test/pa-test.ts", text)).toThrow(
      /declares no static styles; put its CSS in its view's "styles" export/,
    );
  });

  it("should hold for every element of the table", () => {
    for (const e of widgetElements()) expect(() => docsOf(e.source, readFileSync(join(ROOT, e.source), "utf8"))).not.toThrow();
  });
});
