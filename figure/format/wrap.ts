/**
 * @module Line breaking shared by the SVG renderer and the widgets' PNG export: CJK breaks between any two
 * characters, other scripts at spaces, and Chinese line-breaking rules (避头尾, GB/T 15834 usage) hold — closing
 * punctuation （，。、；：！？）》」 and the like) never starts a line and opening brackets (（《「“) never end one.
 */

/** Characters a line may not start with: closing brackets and quotes, pause and stop marks (full- and half-width). */
const NO_LINE_START = /^[，。、；：！？）》」』〕】〉”’…—%,.;:!?)\]}]/;
/** Characters a line may not end with: opening brackets and quotes. */
const NO_LINE_END = /[（《「『〔【〈“‘([{]$/;
/**
 * A CJK, full-width or curly-quote character (a token of its own, as Chinese text uses “” and ‘’), a word with its
 * trailing spaces, or spaces.
 */
const TOKENS = /[\u3000-\u9fff\uff00-\uffef\u2018\u2019\u201c\u201d]|[^\s\u3000-\u9fff\uff00-\uffef\u2018\u2019\u201c\u201d]+\s*|\s+/g;

/**
 * Lines of `text` no wider than `width` as `measure` measures them. A closing mark that would start a line stays at
 * the end of the line before (a little over `width`, as Chinese typesetting does); an opening bracket that would end
 * a line moves to the next.
 */
export function wrapLines(text: string, measure: (text: string) => number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const token of text.match(TOKENS) ?? []) {
    // Spaces never start a line (they would be trimmed, leaving the next token, maybe a closing mark, to start it).
    if (line && measure(line + token) > width && !NO_LINE_START.test(token) && token.trim()) {
      let carry = "";
      // Opening brackets go down with what they open (unless the line is nothing else).
      while (NO_LINE_END.test(line.trimEnd()) && line.trimEnd().length > 1) {
        const trimmed = line.trimEnd();
        carry = trimmed.slice(-1) + carry;
        line = trimmed.slice(0, -1);
      }
      lines.push(line.trimEnd());
      line = carry + token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
