/**
 * The tests' element lists, from the element table (widgets/elements.ts): a new element is in every test
 * that walks all elements, without editing the tests.
 */
import { DatasetElement } from "../../../widgets/element/dataset-element";
import * as elements from "../../../widgets/elements";

const all = Object.values(elements);

/** Every element's tag. */
export const TAGS: (keyof HTMLElementTagNameMap)[] = all.map((e) => e.tag);

/** The tags of elements drawn with Chart.js (they fire `pa-draw`). */
export const CHART_TAGS: string[] = all.filter((e) => e.drawsChart).map((e) => e.tag);

/** The tags of elements that show a dataset (`dataset`, `measure`… attributes). */
export const DATASET_TAGS: (keyof HTMLElementTagNameMap)[] = all.filter((e) => e.prototype instanceof DatasetElement).map((e) => e.tag);
