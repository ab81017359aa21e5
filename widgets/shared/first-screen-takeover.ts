import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * The first screen the worker drew in a list's place (`worker/embed/*-first-screen.ts`, put there
 * by embed.js) until the widget has drawn the same list: then the widget takes over what the
 * person did on it meanwhile — a filter they changed, the button they pressed, a day they
 * unfolded, where their focus was — and the first screen goes. The events and visits lists use it.
 */
export interface FirstScreenActions {
  /** The filters' values on the first screen (by the select's id), which the person may have changed. */
  filters: Partial<Record<"kind" | "region", string>>;
  /** The event whose title or date they pressed; `""` for "Show more …". */
  pressed: string | undefined;
}

/** The worker's first screen in this shadow root, if embed.js put one there. */
export const firstScreenIn = (root: ShadowRoot | null): HTMLElement | null => {
  const first = root?.firstElementChild;
  return first instanceof HTMLElement && first.hasAttribute("data-first-screen") ? first : null;
};

/** Everything focusable, in order: the same list in both drawings, as the markup is the same. */
const controls = (root: ParentNode) => [
  ...root.querySelectorAll("button, select, summary, a[href]"),
];

/** The card of an event, by its title's `data-event`. */
const cardOf = (root: ParentNode, id: string | null) =>
  id === null ? null : root.querySelector(`[data-event="${CSS.escape(id)}"]`)?.closest("li");

/** Removes the first screen, the widget's list already drawn beside it; focus stays put. */
export function takeOver(screen: HTMLElement, root: ShadowRoot): FirstScreenActions {
  const active = root.activeElement;
  const focused = active ? controls(screen).indexOf(active) : -1;
  const filters: FirstScreenActions["filters"] = {};
  for (const select of screen.querySelectorAll("select")) {
    if (select.id === "kind" || select.id === "region") filters[select.id] = select.value;
  }
  const unfolded = [...screen.querySelectorAll("details[open]")].map(
    (details) =>
      details.closest("li")?.querySelector("[data-event]")?.getAttribute("data-event") ?? null,
  );
  const pressed = screen.dataset.pressed;
  screen.remove();
  for (const id of unfolded) cardOf(root, id)?.querySelector("details")?.setAttribute("open", "");
  if (focused >= 0) (controls(root)[focused] as HTMLElement | undefined)?.focus();
  return { filters, pressed };
}

/**
 * A list widget's hand-over from the worker's first screen: finds it when the widget connects;
 * while `waiting`, the widget draws nothing of its own (no "Loading…" flash); once the widget's
 * list is drawn (`settled`), removes the first screen in the same update and hands what the
 * person did on it to `carryOn`.
 */
export class FirstScreenHandover implements ReactiveController {
  private screen: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly settled: () => boolean,
    private readonly carryOn: (actions: FirstScreenActions) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.screen ??= firstScreenIn(this.host.shadowRoot);
  }

  /** Whether the first screen still stands in for the widget's own drawing. */
  get waiting(): boolean {
    return this.screen !== null && !this.settled();
  }

  hostUpdated(): void {
    const screen = this.screen;
    const root = this.host.shadowRoot;
    if (!screen || !root || !this.settled()) return;
    this.screen = null;
    this.carryOn(takeOver(screen, root));
  }
}
