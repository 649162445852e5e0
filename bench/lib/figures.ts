/**
 * @module The one result shape every benchmark part produces, and the single table `npm run bench` prints.
 */

/** One measured figure, optionally compared with a baseline measured in the same run. */
export interface Figure {
  /** Which part measured it: `api-cpu`, `api-http`, `widgets`, `scale`, `soak`, `fuzz`, `budget`. */
  part: string;
  /** What was measured, e.g. `data slice p50`. */
  name: string;
  value: number;
  unit: string;
  /** The reference it is compared with (its ratio is value / baseline.value). */
  baseline?: { name: string; value: number };
  /** The target in words and whether this run met it (omitted for context-only figures). */
  target?: { text: string; met: boolean };
  /** Anything a reader needs to interpret the figure. */
  note?: string;
}

/** Formats a number with a precision suited to its size. */
export function fmt(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs === 0) return "0";
  if (abs >= 1000) return Math.round(value).toLocaleString("en-US");
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

/** The ratio of a figure to its baseline, or undefined when it has none. */
export function ratioOf(f: Figure): number | undefined {
  return f.baseline && f.baseline.value !== 0 ? f.value / f.baseline.value : undefined;
}

/** Renders figures as one Markdown table (readable in a terminal and pasteable into the README). */
export function table(figures: readonly Figure[]): string {
  const header = ["part", "figure", "value", "baseline", "ratio", "target", "met"];
  const rows = figures.map((f) => {
    const ratio = ratioOf(f);
    return [
      f.part,
      f.note ? `${f.name} (${f.note})` : f.name,
      `${fmt(f.value)} ${f.unit}`,
      f.baseline ? `${f.baseline.name}: ${fmt(f.baseline.value)} ${f.unit}` : "",
      ratio === undefined ? "" : `${ratio.toFixed(2)}×`,
      f.target?.text ?? "",
      f.target ? (f.target.met ? "yes" : "**NO**") : "",
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** Targets met and missed among `figures`. */
export function tally(figures: readonly Figure[]): { met: number; missed: Figure[] } {
  const withTarget = figures.filter((f) => f.target);
  return { met: withTarget.filter((f) => f.target?.met).length, missed: withTarget.filter((f) => !f.target?.met) };
}
