/**
 * @module A scrollable table: a keyboard-focusable region named by the table's own caption (so two tables under
 * one heading never make two landmarks with the same name).
 */
import { type Html, html } from "./html";

/** Wraps table content (`<thead>…<tbody>…`) with its caption in a named, scrollable region. */
export function scrollTable(id: string, caption: string, content: Html, className = ""): Html {
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="${id}"><table${className ? html` class="${className}"` : ""}>
<caption id="${id}">${caption}</caption>
${content}
</table></div>`;
}
