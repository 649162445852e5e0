/**
 * @module Search over the build-time index (`index-format.ts`): Chinese (phrases, then shared character pairs for a
 * mistyped character), English words (exact, prefix, then edit distance for typos), and pinyin of the Chinese titles
 * (full syllables such as `hulianwang`, or initials such as `hlw`). Ranked by field weight × match quality, favouring
 * documents that match every word and whose title is mostly what was asked; each hit says where it matched.
 * Pure: no I/O, so the API route and the MCP server share it.
 */
import { editDistance } from "./edit-distance";
import type { SearchDoc, SearchField, SearchIndex, SearchKind } from "./index-format";

/** Options of one search. */
export interface SearchOptions {
  /** Most hits returned (default 10). */
  limit?: number;
  /** Only these kinds of document. */
  kinds?: readonly SearchKind[];
}

/** Where a hit matched: a field's text and the `[start, end)` character ranges to mark. */
export interface Highlight {
  field: string;
  text: string;
  marks: [number, number][];
}

/** One ranked hit. */
export interface SearchHit extends Omit<SearchDoc, "fields"> {
  score: number;
  highlights: Highlight[];
}

type Marks = [number, number][];
interface Match {
  q: number;
  marks: Marks;
}
interface Pinyin {
  joined: string;
  starts: number[];
  chars: number[];
  initials: string;
}
interface Field {
  name: string;
  weight: number;
  text: string;
  lower: string;
  words: { word: string; at: number }[];
  py?: Pinyin;
}
interface Prepared {
  docs: { doc: SearchDoc; fields: Field[] }[];
  vocab: Set<string>;
}

const HAN = /\p{Script=Han}/u;
/** English words that carry no meaning in a query of several words. */
const STOPWORD = /^(a|an|and|by|for|in|of|on|the|to|with)$/;
const prepared = new WeakMap<SearchIndex, Prepared>();

function prepareField([name, weight, text, pinyin]: SearchField, vocab: Set<string>): Field {
  const lower = text.toLowerCase();
  const words = [...lower.matchAll(/[a-z0-9]+/g)].map((m) => ({ word: m[0], at: m.index }));
  for (const { word } of words) vocab.add(word);
  let py: Pinyin | undefined;
  if (pinyin) {
    const chars: number[] = [];
    for (let i = 0; i < text.length; i++) if (HAN.test(text[i] as string)) chars.push(i);
    py = { joined: "", starts: [], chars, initials: "" };
    for (const syllable of pinyin.split(" ")) {
      py.starts.push(py.joined.length);
      py.joined += syllable;
      py.initials += syllable[0];
    }
  }
  return { name, weight, text, lower, words, py };
}

/** The index with its per-field word lists and pinyin offsets, computed once per index object. */
function prepare(index: SearchIndex): Prepared {
  let ready = prepared.get(index);
  if (!ready) {
    const vocab = new Set<string>();
    ready = { docs: index.docs.map((doc) => ({ doc, fields: doc.fields.map((f) => prepareField(f, vocab)) })), vocab };
    prepared.set(index, ready);
  }
  return ready;
}

/** A Chinese token: the phrase itself, else enough of its character pairs (a mistyped character keeps the others). */
function matchHan(field: Field, token: string): Match | undefined {
  const at = field.lower.indexOf(token);
  if (at >= 0) return { q: 1, marks: [[at, at + token.length]] };
  const marks: Marks = [];
  const pairs = token.length - 1;
  for (let j = 0; j < pairs; j++) {
    const pair = field.lower.indexOf(token.slice(j, j + 2));
    if (pair >= 0) marks.push([pair, pair + 2]);
  }
  return pairs > 1 && marks.length * 2 >= pairs ? { q: (0.8 * marks.length) / pairs, marks } : undefined;
}

/**
 * A latin token as pinyin of the field's Han characters: syllables from a syllable start (with `fuzzy`, also within
 * an edit or two of them), or initials.
 */
function matchPinyin(py: Pinyin, token: string, fuzzy: boolean): Match | undefined {
  const { joined, starts, chars, initials } = py;
  const span = (k: number, n: number): Match["marks"] => [[chars[k] as number, (chars[n - 1] as number) + 1]];
  const max = token.length >= 8 ? 2 : 1;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k] as number;
    const end = start + token.length;
    const exact = joined.startsWith(token, start);
    // A typo rarely hits the first letter: requiring it keeps the fuzzy test cheap.
    if (!exact && !(fuzzy && token.length > 4 && joined[start] === token[0] && editDistance(token, joined.slice(start, end), max) <= max))
      continue;
    let n = k;
    while (n < starts.length && (starts[n] as number) < end) n++;
    // A whole number of syllables is a better match than a syllable being typed.
    return { q: exact ? ((starts[n] ?? joined.length) === end ? 0.9 : 0.75) : 0.5, marks: span(k, n) };
  }
  const i = token.length > 1 ? initials.indexOf(token) : -1;
  return i < 0 ? undefined : { q: 0.7, marks: span(i, i + token.length) };
}

/**
 * How well each word of the vocabulary matches a latin token: 1 exact, 0.85 as a prefix; only when neither occurs
 * anywhere, 0.6 within an edit distance of 1 (2 for words of 8 letters or more). `fuzzy` says that it came to that.
 */
function wordQualities(vocab: Set<string>, token: string): { q: Map<string, number>; fuzzy: boolean } {
  const q = new Map<string, number>();
  for (const word of vocab) {
    if (word === token) q.set(word, 1);
    else if (token.length > 1 && word.startsWith(token)) q.set(word, 0.85);
  }
  const max = token.length >= 8 ? 2 : token.length >= 4 ? 1 : 0;
  if (q.size > 0 || max === 0) return { q, fuzzy: false };
  for (const word of vocab) if (editDistance(token, word, max) <= max) q.set(word, 0.6);
  return { q, fuzzy: true };
}

function matchLatin(field: Field, token: string, words: Map<string, number>, fuzzy: boolean): Match | undefined {
  let best: Match | undefined;
  for (const { word, at } of field.words) {
    const q = words.get(word);
    if (q && (!best || q > best.q)) best = { q, marks: [[at, at + (q === 0.85 ? token.length : word.length)]] };
  }
  const py = field.py && matchPinyin(field.py, token, fuzzy || words.size === 0);
  return py && (!best || py.q > best.q) ? py : best;
}

/** Sorted, merged ranges. */
function merge(marks: Marks): Marks {
  const out: Marks = [];
  for (const [a, b] of [...marks].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * Searches the index for `q` (Chinese, English or pinyin; words separated by spaces) and returns the best hits,
 * best first. An index object is prepared on first use and reused.
 * @example search(index, "hlw", { limit: 3 }) // internet penetration measures and datasets, 互联网 marked
 */
export function search(index: SearchIndex, q: string, options: SearchOptions = {}): SearchHit[] {
  const { docs, vocab } = prepare(index);
  let tokens: string[] =
    q
      .normalize("NFKC")
      .toLowerCase()
      .match(/\p{Script=Han}+|[a-z0-9]+/gu) ?? [];
  const meaningful = tokens.filter((t) => !STOPWORD.test(t));
  if (meaningful.length) tokens = meaningful;
  tokens = [...new Set(tokens)].slice(0, 8);
  const latin = new Map(tokens.filter((t) => !HAN.test(t)).map((t) => [t, wordQualities(vocab, t)]));
  const hits: SearchHit[] = [];
  for (const { doc, fields } of docs) {
    if (options.kinds && !options.kinds.includes(doc.kind)) continue;
    let score = 0;
    let matched = 0;
    const marked = new Map<Field, Marks>();
    for (const token of tokens) {
      const words = latin.get(token);
      let best: { s: number; field: Field; marks: Marks } | undefined;
      for (const field of fields) {
        const m = words ? matchLatin(field, token, words.q, words.fuzzy) : matchHan(field, token);
        if (m && (!best || field.weight * m.q > best.s)) best = { s: field.weight * m.q, field, marks: m.marks };
      }
      if (!best) continue;
      matched++;
      score += best.s;
      marked.set(best.field, [...(marked.get(best.field) ?? []), ...best.marks]);
    }
    if (!matched) continue;
    const highlights = [...marked].map(([field, marks]) => ({ field: field.name, text: field.text, marks: merge(marks) }));
    // A title that is mostly what was asked ranks above one that merely contains it.
    for (const [field, marks] of marked) {
      if (field.weight >= 3) score += merge(marks).reduce((n, [a, b]) => n + b - a, 0) / field.text.replace(/\s/g, "").length;
    }
    score *= (matched / tokens.length) ** 2;
    const { fields: _, ...rest } = doc;
    hits.push({ ...rest, score: Math.round(score * 1000) / 1000, highlights });
  }
  return hits.sort((a, b) => b.score - a.score || a.id.length - b.id.length).slice(0, options.limit ?? 10);
}
