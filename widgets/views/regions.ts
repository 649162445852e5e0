/**
 * @module Province names and NBS groups from `/v1/regions`, fetched once per API base and shared by every
 * element on the page. Without them a widget still works: it shows region codes.
 */
import * as v from "valibot";
import { regionName } from "../../figure/names";
import { LocalizedText } from "../../schemas/localized-text";
import { Region } from "../../schemas/region";
import { fetchJson } from "../internal/data-client";
import type { WidgetLang } from "../internal/i18n";
import { NAMES } from "./names";
import { parse } from "./validate";

/** The body of `GET /v1/regions`. */
export const RegionsResponse = v.looseObject({
  regions: v.array(Region),
  groups: v.array(v.looseObject({ id: v.string(), name: LocalizedText, members: v.array(v.string()) })),
});
/** The body of `GET /v1/regions`. */
export type RegionsResponse = v.InferOutput<typeof RegionsResponse>;

/** Looks regions up by code. */
export interface RegionIndex {
  /** The region's name in `lang` (short form in zh for tiles), or the code itself when unknown. */
  name(code: string, lang: WidgetLang, short?: boolean): string;
  /** The NBS group id of a province (`east`…), if known. */
  group(code: string): string | undefined;
  /** A group's name in `lang`. */
  groupName(id: string, lang: WidgetLang): string;
  /** Group ids in the API's order. */
  groups: string[];
}

/**
 * Builds the index from a response, else from the names table the build generates from the data (so names
 * never depend on a second request: countries, aggregates, MIIT and SPB regions are named too).
 */
export function regionIndex(body?: RegionsResponse): RegionIndex {
  const byCode = new Map(body?.regions.map((r) => [r.region, r]));
  const groups = new Map(body?.groups.map((g) => [g.id, g]));
  return {
    name: (code, lang, short) => {
      const r = byCode.get(code);
      if (r) return lang === "zh" ? (short ? r.name_zh_short : r.name_zh) : r.name_en;
      return regionName(NAMES, code, lang, short);
    },
    group: (code) => byCode.get(code)?.group ?? NAMES[code]?.group,
    groupName: (id, lang) => groups.get(id)?.name[lang] ?? regionName(NAMES, `CN-${id.toUpperCase()}`, lang),
    groups: groups.size ? [...groups.keys()] : ["east", "central", "west", "northeast"],
  };
}

const cache = new Map<string, Promise<RegionIndex>>();

/** The region index of an API base; a failure gives codes instead of names and is retried next time. */
export function loadRegions(base: string, timeoutMs?: number): Promise<RegionIndex> {
  let pending = cache.get(base);
  if (!pending) {
    pending = fetchJson(`${base}/v1/regions`, (body) => parse(RegionsResponse, body), timeoutMs).then(
      (loaded) => regionIndex(loaded.value),
      () => {
        cache.delete(base);
        return regionIndex();
      },
    );
    cache.set(base, pending);
  }
  return pending;
}
