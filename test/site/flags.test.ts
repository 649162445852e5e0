/**
 * Tables show row flags: the static table of a dataset page marks each flagged value (a break, a secondary source)
 * and names every mark below the table, in the page's language, without JavaScript.
 */
import { describe, expect, inject, it } from "vitest";
import { FLAG_TEXT } from "../../schemas";

const apiBase = inject("apiBase");

describe("row flags in dataset tables", () => {
  it.each([
    // The one wording of the flags (schemas/flags.ts), which figure notes use too.
    ["/datasets/internet-users/", FLAG_TEXT.break.label.zh, FLAG_TEXT.secondary.label.zh],
    ["/en/datasets/internet-users/", FLAG_TEXT.break.label.en, FLAG_TEXT.secondary.label.en],
  ])("%s should mark the 2021 rural break and the secondary values, and explain both marks", async (path, breakText, secondaryText) => {
    const html = await (await fetch(`${apiBase}${path}`)).text();
    expect(html).toContain('<sup class="status">b s</sup>');
    expect(html).toContain('<sup class="status">s</sup>');
    const legend = html.slice(html.indexOf('class="muted status-legend"'));
    // As HTML text: "Q&A" is written "Q&amp;A".
    const escaped = (text: string) => text.replaceAll("&", "&amp;");
    expect(legend).toContain(escaped(breakText));
    expect(legend).toContain(escaped(secondaryText));
  });
});
