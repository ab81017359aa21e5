import type { ReactiveController, ReactiveControllerHost } from "lit";
import type {
  FirstScreenOutcome,
  FirstScreenRefusal,
} from "../../schema/contracts/first-screen-outcome.js";

/** What a first screen's own send booked (a sign-up, a volunteer): not a refusal. */
export type FirstScreenBooked = Exclude<FirstScreenOutcome, FirstScreenRefusal>;

/**
 * The first screen the worker drew in a widget's place (`worker/embed/*-first-screen.ts`, put
 * there by embed.js) until the widget has drawn the same view: then the widget takes over what
 * the person did on it meanwhile — a filter they changed, the button they pressed, a day they
 * unfolded, what they typed or ticked on a form and whether they sent it, where their focus was
 * — and the first screen goes. Every widget with a first screen uses it: the events and visits
 * lists, the sign-up, volunteer and cook forms, a festival.
 */
export interface FirstScreenActions {
  /** The filters' values on the first screen (by the select's id), which the person may have changed. */
  filters: Partial<Record<"kind" | "region", string>>;
  /** The event whose title or date they pressed; `""` for "Show more …". */
  pressed: string | undefined;
  /** They sent the form on the first screen: the widget sends it (its answers are in place). */
  submitted: boolean;
  /** When the first screen showed (`performance.now()`): when the person could start on it. */
  shownAt: number | undefined;
  /**
   * What the worker answered a form the first screen sent itself (`first-screen-send.ts`): the
   * sign-up it booked, or its refusal, as the worker's `data-outcome` carries it.
   */
  outcome: FirstScreenOutcome | undefined;
}

/** The worker's first screen in this shadow root, if embed.js put one there. */
export const firstScreenIn = (root: ShadowRoot | null): HTMLElement | null => {
  const first = root?.firstElementChild;
  return first instanceof HTMLElement && first.hasAttribute("data-first-screen") ? first : null;
};

/**
 * Everything a person can focus, in order (and a sign-up's outcome, which takes focus to be
 * heard): the same list in both drawings, as the markup is the same — less what only the worker's
 * draws for the browser (hidden fields, a form's hidden default button) and what is not shown (a
 * cook's hygiene date before "done" is ticked, which the widget draws only then).
 */
const controls = (root: ParentNode) =>
  [
    ...root.querySelectorAll(
      'button:not([aria-hidden="true"]), select, summary, a[href], input:not([type="hidden"]), ' +
        'textarea, [tabindex="-1"]:not([aria-hidden="true"])',
    ),
  ].filter((control) => control.getClientRects().length > 0);

/** The outcome a first screen's own send left on it, if any. */
const outcomeOf = (screen: HTMLElement | null): FirstScreenOutcome | undefined => {
  const json = screen?.dataset.outcome;
  return json === undefined ? undefined : (JSON.parse(json) as FirstScreenOutcome);
};

/** The card of an event, by its title's `data-event`. */
const cardOf = (root: ParentNode, id: string | null) =>
  id === null ? null : root.querySelector(`[data-event="${CSS.escape(id)}"]`)?.closest("li");

/** An unfolded `<details>`: by its card's event in a list, else by its place among them all. */
const detailsKey = (details: Element, all: Element[]) =>
  details.closest("li")?.querySelector("[data-event]")?.getAttribute("data-event") ??
  all.indexOf(details);

function unfold(root: ShadowRoot, key: string | number): void {
  const details =
    typeof key === "number"
      ? root.querySelectorAll("details")[key]
      : cardOf(root, key)?.querySelector("details");
  details?.setAttribute("open", "");
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** What a control held when it was drawn: a select's option marked selected, else its first. */
const drawnValue = (control: Control) =>
  control instanceof HTMLSelectElement
    ? (([...control.options].find((option) => option.defaultSelected) ?? control.options[0])
        ?.value ?? "")
    : control.defaultValue;

/** A control's twin in the widget's drawing: by name (and value, for a choice), else by id. */
function twinOf(control: Control, root: ShadowRoot): Control | null {
  if (!control.name)
    return control.id ? root.querySelector<Control>(`#${CSS.escape(control.id)}`) : null;
  const value = control.type === "radio" || control.type === "checkbox";
  return root.querySelector<Control>(
    `[name="${CSS.escape(control.name)}"]` +
      (value ? `[value="${CSS.escape(control.value)}"]` : ""),
  );
}

/**
 * What the person typed, ticked or chose on the first screen's form, put in the widget's
 * controls; the widget hears it as typing, ticking and choosing (a time chosen changes what a
 * form says, a cook's answers are kept as they are typed).
 */
function carryAnswers(screen: HTMLElement, root: ShadowRoot): void {
  // A form's choices (a pick-up point, a stop to host); a list's filters, which have no name,
  // go their own way (`filters`).
  for (const control of screen.querySelectorAll<Control>("input, textarea, select[name]")) {
    const twin = twinOf(control, root);
    if (!twin) continue;
    if (control instanceof HTMLInputElement && /^(radio|checkbox)$/.test(control.type)) {
      if (control.checked === control.defaultChecked || !(twin instanceof HTMLInputElement))
        continue;
      if (twin.checked === control.checked) continue;
      twin.checked = control.checked;
      twin.dispatchEvent(new Event("change", { bubbles: true }));
    } else if (control.value !== drawnValue(control)) {
      twin.value = control.value;
      twin.dispatchEvent(new Event("input", { bubbles: true }));
      if (twin instanceof HTMLSelectElement)
        twin.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }
}

/** Where the caret is in a text control, to put it back there in another (`null` for others). */
export function caretOf(control: Element | null): [number, number] | null {
  if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)) return null;
  const { selectionStart: start, selectionEnd: end } = control;
  return start === null || end === null ? null : [start, end];
}

/** Focuses `control`, its caret at `caret` (as `caretOf` noted it). */
export function focusAt(control: HTMLElement, caret: [number, number] | null): void {
  control.focus({ preventScroll: true });
  if (caret && (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement))
    control.setSelectionRange(...caret);
}

/** Removes the first screen, the widget's view already drawn beside it; focus stays put. */
export function takeOver(screen: HTMLElement, root: ShadowRoot): FirstScreenActions {
  const active = root.activeElement;
  const focused = active ? controls(screen).indexOf(active) : -1;
  const caret = caretOf(active);
  const filters: FirstScreenActions["filters"] = {};
  for (const select of screen.querySelectorAll("select")) {
    if (select.id === "kind" || select.id === "region") filters[select.id] = select.value;
  }
  const allDetails = [...screen.querySelectorAll("details")];
  const unfolded = allDetails
    .filter((details) => details.open)
    .map((details) => detailsKey(details, allDetails));
  const { pressed, submitted, shownAt } = screen.dataset;
  const outcome = outcomeOf(screen);
  // Out of the root first, so that only the widget's controls are found there.
  screen.remove();
  carryAnswers(screen, root);
  for (const key of unfolded) unfold(root, key);
  const twin = focused >= 0 ? (controls(root)[focused] as HTMLElement | undefined) : undefined;
  if (twin) focusAt(twin, caret);
  return {
    filters,
    pressed,
    submitted: submitted !== undefined,
    shownAt: shownAt === undefined ? undefined : Number(shownAt),
    outcome,
  };
}

/**
 * A widget's hand-over from the worker's first screen: finds it when the widget connects; while
 * `waiting`, the widget draws nothing of its own (no "Loading…" flash); once the widget's view is
 * drawn (`settled`), removes the first screen in the same update and hands what the person did
 * on it to `carryOn`. Not in the middle of a word being composed, though (a phone's keyboard
 * composes every word, and Arabic or Ukrainian ones often more): moving the focus then could lose
 * the word, so the hand-over waits for the composition to end (`composing`, noted by embed.js),
 * and for a form the first screen sends itself to have its answer (`sending`).
 */
export class FirstScreenHandover implements ReactiveController {
  private screen: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly settled: () => boolean,
    private readonly carryOn: (actions: FirstScreenActions) => void,
    /**
     * What the first screen's own send booked, handed over once, as soon as the screen carries it
     * (before the widget takes the screen over): the widget draws it as its own meanwhile.
     */
    private readonly booked?: (outcome: FirstScreenBooked) => void,
  ) {
    host.addController(this);
  }

  private handedBooked = false;

  hostUpdate(): void {
    const outcome = outcomeOf(this.screen);
    if (this.handedBooked || !this.booked || !outcome || "error" in outcome) return;
    this.handedBooked = true;
    this.booked(outcome);
  }

  hostConnected(): void {
    const root = this.host.shadowRoot;
    this.screen ??= firstScreenIn(root);
    // The widget adopted its own styles in the screen's place; the screen keeps its own too (they
    // may hold more: a volunteer's signed-up screen, which the widget's code loads later).
    const sheet = this.sheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }

  /** The styles embed.js showed the first screen with (`first-screen-show.ts`). */
  private get sheet(): CSSStyleSheet | undefined {
    return (this.screen as { firstScreenSheet?: CSSStyleSheet } | null)?.firstScreenSheet;
  }

  /**
   * A word is being composed on the first screen, or a form it sends itself is on its way (a
   * sign-up's, `first-screen-send.ts`): the hand-over waits for it to end.
   */
  private get busy(): boolean {
    const data = this.screen?.dataset;
    return data?.composing !== undefined || data?.sending !== undefined;
  }

  /** What the first screen noted so far (`data-*`: an event opened on it, a button pressed). */
  get noted(): DOMStringMap | undefined {
    return this.screen?.dataset;
  }

  /**
   * What the first screen's form posts besides the answers (its hidden fields: a cook's step
   * says which screen it is and which application it belongs to).
   */
  posted(name: string): string | undefined {
    return this.screen?.querySelector<HTMLInputElement>(
      `input[type="hidden"][name="${CSS.escape(name)}"]`,
    )?.value;
  }

  /** Whether the first screen still stands in for the widget's own drawing. */
  get waiting(): boolean {
    return this.screen !== null && (!this.settled() || this.busy);
  }

  hostUpdated(): void {
    const screen = this.screen;
    const root = this.host.shadowRoot;
    if (!screen || !root || !this.settled()) return;
    if (this.busy) {
      const again = () => this.host.requestUpdate();
      screen.addEventListener("compositionend", again, { once: true });
      // `answeredEvent` of `first-screen-send.ts` (not imported: it loads with embed.js's code).
      screen.addEventListener("first-screen-answered", again, { once: true });
      return;
    }
    const sheet = this.sheet;
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    this.screen = null;
    this.carryOn(takeOver(screen, root));
  }
}
