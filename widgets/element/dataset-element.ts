/**
 * @module The base of elements that show observations of a dataset: the `dataset`, `measure`, `region`,
 * `group` and `period` attributes, or inline data (a child `<script type="application/json">` holding a body
 * of `GET …/data.json`), validated with the worker's own schema, plus region names from `/v1/regions`.
 */
import type { PropertyDeclarations } from "lit";
import { WidgetDataError } from "../internal/data-client";
import { DataController, type Source } from "../internal/data-controller";
import { type DataFilters, dataUrl } from "../internal/urls";
import type { DatasetBundle } from "../views/dataset-helpers";
import { PaElement } from "./pa-element";

export type { DatasetBundle };

/** Base of `<pa-chart>`, `<pa-ranking>`, `<pa-share>`, `<pa-tilemap>`, `<pa-stat>` and `<pa-table>`. */
export abstract class DatasetElement extends PaElement<DatasetBundle> {
  static override properties: PropertyDeclarations = {
    datasetRef: { type: String, attribute: "dataset" },
    measure: { type: String },
    region: { type: String },
    group: { type: String },
    period: { type: String },
  };

  /** `id@version`: an exact version (`1.0.0`), a range (`^1`) or `latest`; attribute `dataset`. */
  declare datasetRef: string;
  /** Comma-separated measure ids (default: all of the dataset). */
  declare measure: string;
  /** Comma-separated region codes (default: all). */
  declare region: string;
  /** Comma-separated NBS groups: `east`, `central`, `west`, `northeast`. */
  declare group: string;
  /** A period or range, e.g. `2024` or `2015..2022`. */
  declare period: string;

  protected readonly data = new DataController<DatasetBundle>(
    this,
    () => this.source(),
    (state) => this.settled(state),
  );

  protected override viewDeps(): unknown[] {
    // Inline data does not reload when these change, but what is drawn from it does.
    return [...super.viewDeps(), this.measure, this.region, this.group, this.period];
  }

  /** The filters sent to the API (elements that need more measures than they show add them here). */
  protected filters(): DataFilters {
    return { measure: this.measure, region: this.region, group: this.group, period: this.period };
  }

  protected source(): Source<DatasetBundle> | WidgetDataError {
    const base = this.base;
    const timeout = this.timeout || undefined;
    const lang = this.language;
    const finish = async (body: unknown) => {
      const views = await this.viewModule.load();
      const bundle = await views.datasetBundle(views.parseData(body), base, timeout);
      // An attribute with a typo, or no rows: say which, and what is allowed (the views word it).
      const said =
        views.badAttribute(this, lang) ??
        (await views.unmatchedFilter(bundle, { region: this.region, period: this.period }, lang, base, timeout));
      if (said) throw new WidgetDataError("config", said);
      return bundle;
    };
    const url = () => (this.datasetRef ? dataUrl(base, this.datasetRef, this.filters()) : undefined);
    return this.dataSource(finish, url, "noDataset", ["lang", "theme", "kind"]);
  }
}
