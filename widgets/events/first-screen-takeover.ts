/**
 * The first screen the worker drew in the list's place (`worker/embed/events-first-screen.ts`,
 * put there by embed.js) until the widget has drawn the same list: then the widget takes over
 * what the person did on it meanwhile — a filter they changed, the button they pressed, where
 * their focus was — and the first screen goes.
 */
export interface FirstScreenActions {
  /** The filters' values on the first screen, which the person may have changed. */
  filters: Partial<Record<"kind" | "region", string>>;
  /** The event whose title or date they pressed; `""` for "Show more events". */
  pressed: string | undefined;
}

/** The worker's first screen in this shadow root, if embed.js put one there. */
export const firstScreenIn = (root: ShadowRoot | null): HTMLElement | null => {
  const first = root?.firstElementChild;
  return first instanceof HTMLElement && first.hasAttribute("data-first-screen") ? first : null;
};

/** How to find the focused control again in the widget's own markup (same ids and classes). */
function selectorOf(element: Element): string | undefined {
  const event = element.getAttribute("data-event");
  if (event) return `[data-event="${CSS.escape(event)}"]`;
  if (element.id) return `#${CSS.escape(element.id)}`;
  return element.classList.contains("more") ? ".more" : undefined;
}

/** Removes the first screen, the widget's list already drawn beside it; focus stays put. */
export function takeOver(screen: HTMLElement, root: ShadowRoot): FirstScreenActions {
  const active = root.activeElement;
  const focused = active && screen.contains(active) ? selectorOf(active) : undefined;
  const filters: FirstScreenActions["filters"] = {};
  for (const select of screen.querySelectorAll("select")) {
    if (select.id === "kind" || select.id === "region") filters[select.id] = select.value;
  }
  const pressed = screen.dataset.pressed;
  screen.remove();
  if (focused) root.querySelector<HTMLElement>(focused)?.focus();
  return { filters, pressed };
}
