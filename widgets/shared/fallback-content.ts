import type { ReactiveController, ReactiveElement } from "lit";

/** A control the reader changed: its value or choice differs from the one the page was sent with. */
function edited(control: Element): boolean {
  if (control instanceof HTMLSelectElement) {
    return [...control.options].some((option) => option.selected !== option.defaultSelected);
  }
  if (
    control instanceof HTMLInputElement &&
    (control.type === "checkbox" || control.type === "radio")
  ) {
    return control.checked !== control.defaultChecked;
  }
  return (
    (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) &&
    control.value !== control.defaultValue
  );
}

/**
 * The light-DOM content of a widget's tag, shown until the widget can do its job: a server-rendered
 * form that works without JavaScript (an event's own page puts its plain form there). Shadow DOM
 * hides children that no `<slot>` takes, so without this the form would vanish the moment the tag
 * upgrades, seconds before the widget has its event on a slow phone, and for good if the event
 * never loads. Instead:
 *
 * - until the first render (the widget waits for its strings) a `<slot>` keeps the content shown;
 * - the widget renders `<slot>` while it is not `ready` (loading, or loading failed): the content
 *   stays usable, and its form still posts without the widget;
 * - once ready, it takes over only if the reader has not started on the content (focus inside it,
 *   or any field changed): swapping then would throw away what a slow phone already typed, and the
 *   plain form books through the same engine anyway. The choice is made once and kept.
 */
export class FallbackContent implements ReactiveController {
  private choice: "widget" | "fallback" | undefined;
  private firstSlot: HTMLSlotElement | undefined;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** Whether the tag had content of its own: nothing changes for a tag written empty. */
  private get present(): boolean {
    return this.host.firstElementChild !== null;
  }

  /** Whether the widget shows the content instead of its own view. */
  get shown(): boolean {
    return this.present && this.choice !== "widget";
  }

  hostConnected(): void {
    // Lit attached the shadow root just now and renders into it only once the strings are here.
    if (this.host.hasUpdated || !this.present || this.firstSlot) return;
    this.firstSlot = document.createElement("slot");
    this.host.renderRoot.append(this.firstSlot);
  }

  hostUpdated(): void {
    // The first render drew its own slot (or took over): this one is no longer needed.
    this.firstSlot?.remove();
    this.firstSlot = undefined;
  }

  /** Call before each render with whether the widget has what it needs to show itself. */
  decide(ready: boolean): void {
    if (!ready || this.choice || !this.present) return;
    const inUse =
      this.host.matches(":focus-within") ||
      [...this.host.querySelectorAll("input, textarea, select")].some(edited);
    this.choice = inUse ? "fallback" : "widget";
  }
}
