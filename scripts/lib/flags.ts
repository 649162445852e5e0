/**
 * @module Helpers converters use to add row flags (schemas/flags.ts) when they publish a new version: flags are
 * merged into the row's `status` in vocabulary order, so one set of flags has one spelling.
 */
import { type Flag, joinFlags, parseFlags } from "../../schemas";
import type { DataRow } from "../converters/converter";

/** The row with `flags` added to its status (a new object; the input row is left as published). */
export function withFlags(row: DataRow, ...flags: (Flag | false | undefined)[]): DataRow {
  const status = joinFlags([
    ...parseFlags(row.status === undefined ? undefined : String(row.status)),
    ...flags.filter((f): f is Flag => !!f),
  ]);
  return { ...row, status };
}

/** Replaces one flag by another (e.g. `rounded` → `lower-bound`), keeping the others. */
export function replaceFlag(row: DataRow, from: Flag, to: Flag): DataRow {
  const flags = parseFlags(row.status === undefined ? undefined : String(row.status)).map((f) => (f === from ? to : f));
  return { ...row, status: joinFlags(flags) };
}

/** Host names of the URLs in a `source` cell (`url ; url …`), lower case; text that is not a URL is skipped. */
export function sourceHosts(source: unknown): string[] {
  return String(source ?? "")
    .split(/\s+;\s+|\s+/)
    .flatMap((part) => {
      try {
        return /^https?:\/\//.test(part) ? [new URL(part).hostname.toLowerCase()] : [];
      } catch {
        return [];
      }
    });
}

/** Whether a host belongs to `domain` (the domain itself or a subdomain). */
export const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);
