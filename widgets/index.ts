/**
 * @module The one-script entry: `<script type="module" src="https://HOST/widgets/v1.js">` registers every
 * element of the table in elements.ts. A second copy of the script on the page defines nothing twice (see
 * define.ts). Chart.js and the actions (CSV, PNG, citation) are separate chunks loaded on demand.
 */
import { define } from "./define";
import * as elements from "./elements";

for (const element of Object.values(elements)) define(element.tag, element);

export * from "./elements";

type Elements = typeof elements;
/** Each element's tag to its class, from the table. */
type ElementTags = { [K in keyof Elements as Elements[K]["tag"]]: InstanceType<Elements[K]> };

declare global {
  interface HTMLElementTagNameMap extends ElementTags {}
}
