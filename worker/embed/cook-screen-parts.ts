import type { ApplicationView } from "../../schema/contracts/festivals.js";
import type { Draft, DishDraft } from "../../schema/rules/cook-draft.js";
import type { Screen } from "../../schema/rules/cook-steps.js";
import { stepInfo } from "../../schema/rules/cook-steps.js";
import { formatNumber } from "../../i18n/format.js";
import type { PageKey, PageWords } from "../event-pages/page-words.js";
import { escapeHtml as e } from "../messages/html.js";
import { optionalAttribute, sendingWords } from "./first-screen-parts.js";

/*
 * The pieces every screen of a cook's application the worker draws is made of
 * (`cook-step-screens.ts`): what a screen is drawn from, a field, a box to tick, a step's title,
 * the form's buttons, the link to come back, and what the form posts besides the answers.
 */

/** What a screen shows: the answers so far, the application once it exists, and its link. */
export interface CookScreen {
  screen: Screen;
  draft: Draft;
  /** The saved application; none before the first step is saved. */
  view: ApplicationView | undefined;
  /** The application and its manage token, once saved: the form posts them back. */
  session: { id: string; token: string } | undefined;
  manageUrl: string | undefined;
  retentionDays: number;
  /** Opened from Change on the last screen: saving goes straight back there. */
  thenReview: boolean;
  words: PageWords;
}

export const icon = (picture: string) => `<span class="icon" aria-hidden="true">${picture}</span>`;

interface TextFieldOptions {
  id: string;
  label: PageKey;
  labelValues?: Record<string, string>;
  hint?: PageKey;
  value: string;
  type?: "text" | "email" | "tel" | "date";
  inputmode?: "decimal" | "numeric" | "email" | "tel";
  autocomplete?: string;
  multiline?: boolean;
  maxlength?: number;
}

/** As `textField` (`widgets/cook-apply/cook-fields.ts`) draws it before any error. */
export function textField(options: TextFieldOptions, words: PageWords): string {
  const { id } = options;
  const shared =
    `part="input" id="${e(id)}" name="${e(id)}"` +
    optionalAttribute("maxlength", options.maxlength?.toString()) +
    optionalAttribute("aria-describedby", options.hint ? `${id}-hint` : undefined);
  const control = options.multiline
    ? `<textarea ${shared} rows="3" dir="auto" aria-invalid="false">${e(options.value)}</textarea>`
    : `<input ${shared} type="${options.type ?? "text"}" dir="${options.type === "date" ? "ltr" : "auto"}"` +
      optionalAttribute("inputmode", options.inputmode) +
      optionalAttribute("autocomplete", options.autocomplete) +
      ` value="${e(options.value)}" aria-invalid="false">`;
  return (
    `<div class="field"><label part="label" for="${e(id)}">${e(words.t(options.label, options.labelValues))}</label> ` +
    (options.hint
      ? `<p id="${e(id)}-hint" class="hint muted">${e(words.t(options.hint))}</p> `
      : "") +
    `${control} </div>`
  );
}

/** As `checkbox` (`cook-fields.ts`): a picture (hidden from screen readers) and a word. */
export function checkbox(options: { id: string; checked: boolean; label: string; icon?: string }) {
  return (
    `<label class="choice" for="${e(options.id)}">` +
    `<input part="input" type="checkbox" id="${e(options.id)}" name="${e(options.id)}" value="on"` +
    `${options.checked ? " checked" : ""} aria-invalid="false"> ` +
    (options.icon ? `${icon(options.icon)} ` : "") +
    `<span>${e(options.label)}</span></label>`
  );
}

/** "Dish 2", or the dish's name once it has one. */
export function dishTitle(dish: DishDraft, index: number, words: PageWords): string {
  return dish.name.trim()
    ? `<bdi>${e(dish.name)}</bdi>`
    : e(words.t("cookDish", { number: formatNumber(words.locale, index + 1) }));
}

/** One of the form's other buttons: it posts the form with `go` (Back, Change, Add, Remove). */
export const goButton = (go: string, content: string, extraClass: string, words: PageWords) =>
  `<button type="submit" part="button" class="button secondary ${extraClass}" name="go" value="${e(go)}"` +
  `${sendingWords("loading", words)}>${content}</button>`;

/** The manage link, once the application exists, as `cook-keep-link.ts` draws it. */
export function keepLink(manageUrl: string | undefined, words: PageWords): string {
  if (!manageUrl) return "";
  return (
    `<div part="keep-link" class="keep-link panel">` +
    `<p class="keep-title">${e(words.t("cookKeepLinkTitle"))}</p> ` +
    `<p>${e(words.t("cookKeepLink"))}</p> ` +
    `<p><a part="button" class="button secondary" href="${e(manageUrl)}">${e(words.t("cookManageLink"))}</a></p> ` +
    `<p class="url"><bdi>${e(manageUrl)}</bdi></p></div>`
  );
}

/**
 * What the form posts besides its answers: which screen it is, the application it belongs to,
 * and whether it was opened from the last screen.
 */
export function postedWith(screen: Screen, page: CookScreen): string {
  const hidden = (name: string, value: string) =>
    `<input type="hidden" name="${name}" value="${e(value)}">`;
  const { session } = page;
  return (
    hidden("screen", screen) +
    (session ? hidden("application", session.id) + hidden("token", session.token) : "") +
    (page.thenReview ? hidden("then", "review") : "")
  );
}

export const title = (screen: Screen, words: PageWords, id = "") =>
  `<h3${id ? ` id="${id}"` : ""} class="step-title" tabindex="-1">${icon(stepInfo[screen].icon)} ` +
  `${e(words.t(stepInfo[screen].title))}</h3>`;

export const backButton = (words: PageWords) =>
  goButton(
    "back",
    `<span class="arrow" aria-hidden="true">←</span> ${e(words.t("cookBack"))}`,
    "",
    words,
  );
