/**
 * @module Linked widgets: elements with the same `link` name follow each other's selection (a province, a period,
 * a measure). The bus is the document itself: a leader dispatches one `pa-link` event on `document` (not through
 * the tree), so followers find it wherever they live — in the page, inside another component's shadow root, or
 * in a different shadow root — and no host page can stop it on the way. Followers never re-emit, so there are no
 * loops: one reader action, one event. It is a plain DOM protocol, so two copies of the widgets on one page (the
 * modern and the legacy build) follow each other too.
 */
import type { ReactiveController, ReactiveElement } from "lit";
import type { LinkSelection } from "./link-match";

export type { LinkSelection };

/** The detail of the `pa-link` event on `document`. */
export interface LinkMessage {
  link: string;
  selection: LinkSelection;
  /** The element the reader selected in (it does not follow itself). */
  source: EventTarget;
}

/** The document event type of the bus. */
export const LINK_EVENT = "pa-link";

/** What the controller needs from its element. */
export interface LinkHost extends ReactiveElement {
  link: string;
  selected: string;
  announce(text: string): void;
}

/**
 * Follows and leads the other elements with the same `link`. It keeps the element's selection (the region part
 * is the element's `selected`, which the page may also set), and after each render calls `follow` so the element
 * marks what it shows of the selection; its answer (the marked item in words, after "Linked selection: ") is announced through the element's
 * polite live region.
 */
export class LinkController implements ReactiveController {
  #selection: LinkSelection = {};
  /** A selection that arrived from another element and is still to be announced. */
  #pending?: LinkSelection;

  /**
   * @param host - the element;
   * @param follow - marks `selection` in what the element shows now, and says what it marked (or nothing), as the
   *   live region announces it (in the element's language, the views' "Linked selection: " first).
   */
  constructor(
    private readonly host: LinkHost,
    private readonly follow: (selection: LinkSelection) => string | undefined,
  ) {
    host.addController(this);
  }

  /** The current selection (its region always the element's `selected`). */
  get selection(): LinkSelection {
    const region = this.host.selected || undefined;
    if (this.#selection.region !== region) this.#selection = { region };
    return this.#selection;
  }

  hostConnected(): void {
    document.addEventListener(LINK_EVENT, this.#receive);
  }

  hostDisconnected(): void {
    document.removeEventListener(LINK_EVENT, this.#receive);
  }

  hostUpdated(): void {
    const text = this.follow(this.selection);
    if (!this.#pending) return;
    // Announce once the element has what was selected on screen (a chart may still be loading its data).
    if (!text) return;
    this.#pending = undefined;
    // After this update, not inside it (a change during an update would schedule a second one at once).
    void this.host.updateComplete.then(() => this.host.announce(text));
  }

  /** The reader selected `selection` in this element: keep it and tell the other elements of the link. */
  lead(selection: LinkSelection): void {
    this.#set(selection);
    const link = this.host.link;
    if (!link) return;
    const detail: LinkMessage = { link, selection: { ...selection }, source: this.host };
    document.dispatchEvent(new CustomEvent(LINK_EVENT, { detail }));
  }

  #set(selection: LinkSelection): void {
    const { region, period, measure } = selection;
    this.#selection = { region, period, measure };
    this.host.selected = region ?? "";
    this.host.requestUpdate();
  }

  #receive = (event: Event) => {
    const message = (event as CustomEvent<LinkMessage>).detail;
    if (!this.host.link || message?.link !== this.host.link || message.source === this.host) return;
    this.#set(message.selection);
    this.#pending = this.#selection;
  };
}
