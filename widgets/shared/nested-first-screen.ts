import type { ReactiveController, ReactiveControllerHost } from "lit";
import { caretOf, firstScreenIn, focusAt } from "./first-screen-takeover.js";

/**
 * A widget that a first screen showed inside another's — a `<hearth-signup>` with its own first
 * screen that sends itself, as a festival's tickets or an event opened on the events list's first
 * screen — kept as the outer widget's own: the outer widget draws this very element where it
 * would draw a new one (`adopt`), so what was typed, ticked, sent or booked on it stays. Drawing
 * it moves it out of the first screen, which drops the focus inside it: the focus (and the caret)
 * is put back in the same update.
 */
export class NestedFirstScreen<E extends HTMLElement> implements ReactiveController {
  /** The element taken from the first screen, while the outer widget still draws it. */
  private adopted: E | null = null;
  private focused: { control: HTMLElement; caret: [number, number] | null } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly tag: string,
  ) {
    host.addController(this);
  }

  /** The element on the first screen, while there is one (what it shows may change). */
  private get onScreen(): E | null {
    return firstScreenIn(this.host.shadowRoot)?.querySelector<E>(this.tag) ?? null;
  }

  /**
   * The first screen's element for `eventId` — or the one taken from it and still drawn — for the
   * widget to draw (with the properties it gives its own); else `undefined`: draw a new one (once
   * the widget no longer draws it, an element opened again is new, as the widget's own would be).
   */
  adopt(eventId: string): E | undefined {
    const element = this.onScreen ?? (this.adopted?.isConnected ? this.adopted : null);
    if (element?.getAttribute("event") !== eventId) return undefined;
    this.adopted = element;
    return element;
  }

  hostUpdate(): void {
    const control = this.onScreen?.shadowRoot?.activeElement;
    this.focused = control instanceof HTMLElement ? { control, caret: caretOf(control) } : null;
  }

  hostUpdated(): void {
    const focused = this.focused;
    this.focused = null;
    if (focused && focused.control.getRootNode() instanceof ShadowRoot) {
      const root = focused.control.getRootNode() as ShadowRoot;
      if (root.activeElement !== focused.control) focusAt(focused.control, focused.caret);
    }
  }
}
