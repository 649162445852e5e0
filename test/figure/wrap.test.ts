/**
 * Line breaking of the SVG renderer and the PNG export (figure/format/wrap.ts): no text lost, lines within the
 * width, and Chinese line-breaking rules — the tile map's summary ended a line with "（" and began the next with
 * "2,789亿元）", which a Chinese reader sees as a typesetting error.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wrapLines } from "../../figure/format/wrap";
import { textWidth, wrap } from "../../figure/svg/text";

/** One unit per character: widths in characters. */
const chars = (text: string) => [...text].length;
const CLOSERS = "，。、；：！？）》」”";
const OPENERS = "（《「“";

describe("wrapLines", () => {
  it("should not end a line with an opening bracket (the tile map's summary)", () => {
    const summary = "2024年，31个地区中地区生产总值最高的是广东省（14.1万亿元），最低的是西藏自治区（2,789亿元）。";
    const lines = wrap(summary, 14, 600);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/[（《「“]$/);
    expect(lines[1]).toMatch(/^（2,789亿元）。$/);
  });

  it("should keep a closing mark on the line before rather than start a line with it", () => {
    expect(wrapLines("甲乙丙丁，戊己", chars, 4)).toEqual(["甲乙丙丁，", "戊己"]);
    expect(wrapLines("甲乙丙丁。", chars, 4)).toEqual(["甲乙丙丁。"]);
    expect(wrapLines("甲乙丙（丁）", chars, 4)).toEqual(["甲乙丙", "（丁）"]);
  });

  it("should break Latin text at spaces and keep words whole", () => {
    expect(wrapLines("Mobile payment shares in China", chars, 15)).toEqual(["Mobile payment", "shares in China"]);
  });

  it("should lose no character and follow the rules for any mix of Chinese, punctuation and Latin words", () => {
    const token = fc.oneof(
      fc.constantFrom(..."地区生产总值最高的是广东省"),
      fc.constantFrom(...CLOSERS),
      fc.constantFrom(...OPENERS),
      fc.constantFrom("GDP ", "2,789", " ", "per cent "),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), fc.integer({ min: 4, max: 30 }), (tokens, width) => {
        const text = tokens.join("");
        const lines = wrapLines(text, chars, width);
        expect(lines.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
        lines.forEach((line, i) => {
          if (i > 0) expect(CLOSERS).not.toContain(line[0]);
          if (i < lines.length - 1 && [...line].length > 1) expect(OPENERS).not.toContain(line.at(-1));
          // Over the width only by the marks the rules keep or move (each closing mark and space may hang, leading
          // opening brackets came down), or by one Latin word longer than the width.
          const core = line.replace(/^[（《「“]+/, "").trim();
          const hanging = [...core].filter((c) => CLOSERS.includes(c) || c === " ").length;
          expect(
            chars(core) <= width + hanging || /^[^\s\u3000-\u9fff]+$/.test(core.replace(/[，。、；：！？）》」”\s]/g, "")),
            `${JSON.stringify(line)} at ${width}`,
          ).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("should measure with the renderer's estimate in wrap()", () => {
    const lines = wrap("地区生产总值 gross regional product", 12, 80);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(80 + 12);
  });
});
