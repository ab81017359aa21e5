import type { ReactiveController, ReactiveControllerHost } from "lit";
import { caretOf, firstScreenIn, focusAt } from "./first-screen-takeover.js";

/**
 * A widget that a first screen showed inside another's — a festival's tickets form, a
 * `<hearth-signup>` with its own first screen that sends itself — kept as the outer widget's own:
 * the outer widget draws this very element where it would draw a new one (`adopt`), so what was
 * typed, ticked, sent or booked on it stays. Drawing it moves it out of the first screen, which
 * drops the focus inside it: the focus (and the caret) is put back in the same update.
 */
export class NestedFirstScreen<E extends HTMLElement> implements ReactiveController {
  private element: E | null = null;
  private focused: { control: HTMLElement; caret: [number, number] | null } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly tag: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.element ??= firstScreenIn(this.host.shadowRoot)?.querySelector<E>(this.tag) ?? null;
  }

  /** The first screen's element, set up by `prepare`, if `fits` it; else `undefined` (draw a new one). */
  adopt(fits: (element: E) => boolean, prepare: (element: E) => void): E | undefined {
    const element = this.element;
    if (!element || !fits(element)) return undefined;
    prepare(element);
    return element;
  }

  hostUpdate(): void {
    const control = this.element?.closest("[data-first-screen]")
      ? this.element.shadowRoot?.activeElement
      : null;
    this.focused = control instanceof HTMLElement ? { control, caret: caretOf(control) } : null;
  }

  hostUpdated(): void {
    const focused = this.focused;
    this.focused = null;
    if (focused && this.element?.shadowRoot?.activeElement !== focused.control)
      focusAt(focused.control, focused.caret);
  }
}
