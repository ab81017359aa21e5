import type { ApplicationView } from "../../schema/contracts/festivals.js";
import type { Draft, DishDraft } from "../../schema/rules/cook-draft.js";
import { maxDishes, parsePrice } from "../../schema/rules/cook-draft.js";
import {
  cookTextFields,
  dishTextFields,
  hygieneLabels,
  needLabels,
} from "../../schema/rules/cook-answer-words.js";
import type { Screen, StepId } from "../../schema/rules/cook-steps.js";
import { nameField, screens, stepInfo, steps } from "../../schema/rules/cook-steps.js";
import {
  allergenLabels,
  allergenList,
  dietLabelKeys,
  dietLabelList,
} from "../../schema/rules/food-labels.js";
import { dateFormat, formatNumber } from "../../i18n/format.js";
import type { PageKey, PageWords } from "../event-pages/page-words.js";
import { escapeHtml as e } from "../messages/html.js";
import { optionalAttribute } from "./first-screen-parts.js";

/*
 * A cook's application as the widget draws it (`widgets/cook-apply/`: `cook-page.ts`,
 * `cook-progress.ts`, `cook-step-screen.ts`, the steps, `cook-review.ts`), drawn by the worker for
 * a cook whose phone has not got the widget's code yet: every step, each a form that sends itself
 * (`data-sends`, `first-screen-send.ts`; `cook-first-screen-send.ts` saves it and answers with the
 * next screen), and the last screen to check and send. The controls carry the widget's ids and a
 * name each (what a browser posts); Back, Change, Add and Remove are the form's other buttons
 * (`go`). When the widget's code comes it takes over the screen as it stands.
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

const icon = (picture: string) => `<span class="icon" aria-hidden="true">${picture}</span>`;

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
function textField(options: TextFieldOptions, words: PageWords): string {
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
function checkbox(options: { id: string; checked: boolean; label: string; icon?: string }) {
  return (
    `<label class="choice" for="${e(options.id)}">` +
    `<input part="input" type="checkbox" id="${e(options.id)}" name="${e(options.id)}" value="on"` +
    `${options.checked ? " checked" : ""} aria-invalid="false"> ` +
    (options.icon ? `${icon(options.icon)} ` : "") +
    `<span>${e(options.label)}</span></label>`
  );
}

/** "Dish 2", or the dish's name once it has one. */
function dishTitle(dish: DishDraft, index: number, words: PageWords): string {
  return dish.name.trim()
    ? `<bdi>${e(dish.name)}</bdi>`
    : e(words.t("cookDish", { number: formatNumber(words.locale, index + 1) }));
}

/** One of the form's other buttons: it posts the form with `go` (Back, Change, Add, Remove). */
const goButton = (go: string, content: string, extraClass: string, words: PageWords) =>
  `<button type="submit" part="button" class="button secondary ${extraClass}" name="go" value="${e(go)}"` +
  ` data-sending="${e(words.t("loading"))}" data-stalled="${e(words.t("errorNetwork"))}"` +
  ` data-failed="${e(words.t("errorGeneric"))}">${content}</button>`;

function nameFields(draft: Draft, retentionDays: number, words: PageWords): string {
  return (
    textField({ id: "displayName", ...nameField, value: draft.displayName }, words) +
    ` <div class="field">${checkbox({
      id: "consent",
      checked: draft.consent,
      label: words.plural("cookConsent", retentionDays),
    })} </div>`
  );
}

function contactFields(draft: Draft, words: PageWords): string {
  return (
    `<fieldset class="group" aria-describedby="contact-hint">` +
    `<legend class="visually-hidden">${e(words.t("cookStepContact"))}</legend> ` +
    `<p id="contact-hint" class="hint muted">${e(words.t("cookContactHint"))}</p> ` +
    textField({ id: "phone", ...cookTextFields.phone, value: draft.phone }, words) +
    textField({ id: "email", ...cookTextFields.email, value: draft.email }, words) +
    `</fieldset>`
  );
}

function dishFields(dish: DishDraft, index: number, words: PageWords): string {
  const id = (name: string) => `dish-${index}-${name}`;
  const title = e(words.t("cookDish", { number: formatNumber(words.locale, index + 1) }));
  return (
    `<fieldset class="group dish" data-dish="${index}"><legend part="label">${title}</legend> ` +
    textField({ id: id("name"), ...dishTextFields.name, value: dish.name }, words) +
    textField(
      { id: id("description"), ...dishTextFields.description, value: dish.description },
      words,
    ) +
    `<div class="price">` +
    // Drawn even for a free dish (the widget leaves it out): the styles hide it while the box
    // below is ticked, and a free dish's price is not sent.
    textField({ id: id("price"), ...dishTextFields.price, value: dish.price }, words) +
    `<div class="field">${checkbox({ id: id("free"), checked: dish.free, icon: "🤲", label: words.t("freeDonation") })}</div>` +
    `</div>` +
    textField({ id: id("portions"), ...dishTextFields.portions, value: dish.portions }, words) +
    goButton(
      `remove-dish-${index}`,
      `${e(words.t("cookRemoveDish"))} <span class="visually-hidden">(${title})</span>`,
      "remove",
      words,
    ) +
    `</fieldset>`
  );
}

function dishesFields(draft: Draft, words: PageWords): string {
  return (
    `<p id="dishes-hint" class="hint muted">${e(words.t("cookDishesHint"))}</p> ` +
    draft.dishes.map((dish, index) => dishFields(dish, index, words)).join(" ") +
    (draft.dishes.length >= maxDishes
      ? `<p class="muted">${e(words.t("cookDishesMax"))}</p>`
      : goButton(
          "add-dish",
          `<span aria-hidden="true">➕</span> ${e(words.t("cookAddDish"))}`,
          "add",
          words,
        ))
  );
}

const noDishesYet = (draft: Draft, words: PageWords) =>
  draft.dishes.length === 0 ? `<p class="muted">${e(words.t("cookErrorDishes"))}</p>` : "";

function allergenFields(draft: Draft, words: PageWords): string {
  return (
    `<p class="hint muted">${e(words.t("cookAllergensHint"))}</p> ` +
    noDishesYet(draft, words) +
    draft.dishes
      .map((dish, index) => {
        const id = `dish-${index}-allergens`;
        return (
          `<fieldset class="group" data-dish="${index}"><legend part="label">${dishTitle(dish, index, words)}</legend> ` +
          `<div class="choices">` +
          allergenList
            .map((allergen) =>
              checkbox({
                id: `${id}-${allergen}`,
                checked: dish.allergens.includes(allergen),
                icon: allergenLabels[allergen].icon,
                label: words.t(allergenLabels[allergen].key),
              }),
            )
            .join(" ") +
          `</div> <label class="choice none" for="${id}-none">` +
          `<input part="input" type="checkbox" id="${id}-none" name="${id}-none" value="on"` +
          `${dish.allergensNone ? " checked" : ""} aria-invalid="false"> ` +
          `${icon("🚫")} <span>${e(words.t("cookAllergensNone"))}</span></label></fieldset>`
        );
      })
      .join(" ")
  );
}

function dietFields(draft: Draft, words: PageWords): string {
  return (
    `<p class="hint muted">${e(words.t("cookDietHint"))}</p> ` +
    noDishesYet(draft, words) +
    draft.dishes
      .map(
        (dish, index) =>
          `<fieldset class="group" data-dish="${index}"><legend part="label">${dishTitle(dish, index, words)}</legend> ` +
          `<div class="choices">` +
          dietLabelList
            .map((label) =>
              checkbox({
                id: `dish-${index}-diet-${label}`,
                checked: dish.dietLabels.includes(label),
                icon: "✔️",
                label: words.t(dietLabelKeys[label]),
              }),
            )
            .join(" ") +
          `</div></fieldset>`,
      )
      .join(" ")
  );
}

function needsFields(draft: Draft, words: PageWords): string {
  return (
    `<fieldset class="group" aria-describedby="needs-hint">` +
    `<legend part="label">${e(words.t("cookNeedsLegend"))}</legend> ` +
    `<p id="needs-hint" class="hint muted">${e(words.t("cookNeedsHint"))}</p> <div class="choices">` +
    (Object.keys(needLabels) as (keyof typeof needLabels)[])
      .map((need) =>
        checkbox({
          id: `need-${need}`,
          checked: draft.stallNeeds[need],
          icon: needLabels[need].icon,
          label: words.t(needLabels[need].key),
        }),
      )
      .join(" ") +
    `</div></fieldset>`
  );
}

function hygieneFields(draft: Draft, words: PageWords): string {
  const choices = (Object.keys(hygieneLabels) as (keyof typeof hygieneLabels)[])
    .map(
      (choice) =>
        `<label class="choice" for="hygiene-${choice}"><input part="input" type="radio" name="hygiene"` +
        ` id="hygiene-${choice}" value="${choice}"${draft.hygiene === choice ? " checked" : ""} aria-invalid="false"> ` +
        `${icon(hygieneLabels[choice].icon)} <span>${e(words.t(hygieneLabels[choice].key))}</span></label>`,
    )
    .join(" ");
  return (
    `<fieldset class="group"><legend part="label">${e(words.t("cookHygieneLegend"))}</legend> ${choices}</fieldset> ` +
    // Shown once "done" is chosen (the styles, `.expires`): the widget draws it only then.
    `<div class="expires">` +
    textField(
      { id: "hygieneExpiresOn", ...cookTextFields.hygieneExpiresOn, value: draft.hygieneExpiresOn },
      words,
    ) +
    `</div>`
  );
}

function publicFields(draft: Draft, words: PageWords): string {
  return (
    `<div class="field">${checkbox({
      id: "consentPublic",
      checked: draft.consentPublic,
      icon: "🙋",
      label: words.t("cookPublicConsent"),
    })} <p class="hint muted">${e(words.t("cookPublicHint"))}</p></div> ` +
    textField({ id: "story", ...cookTextFields.story, value: draft.story }, words)
  );
}

/** The manage link, once the application exists, as `cook-keep-link.ts` draws it. */
function keepLink(manageUrl: string | undefined, words: PageWords): string {
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
function postedWith(screen: Screen, page: CookScreen): string {
  const hidden = (name: string, value: string) =>
    `<input type="hidden" name="${name}" value="${e(value)}">`;
  const { session } = page;
  return (
    hidden("screen", screen) +
    (session ? hidden("application", session.id) + hidden("token", session.token) : "") +
    (page.thenReview ? hidden("then", "review") : "")
  );
}

const title = (screen: Screen, words: PageWords, id = "") =>
  `<h3${id ? ` id="${id}"` : ""} class="step-title" tabindex="-1">${icon(stepInfo[screen].icon)} ` +
  `${e(words.t(stepInfo[screen].title))}</h3>`;

const backButton = (words: PageWords) =>
  goButton(
    "back",
    `<span class="arrow" aria-hidden="true">←</span> ${e(words.t("cookBack"))}`,
    "",
    words,
  );

/** One question's screen: its title, the keep-link box on the contact step, its fields, Back, Next. */
function stepForm(step: StepId, page: CookScreen): string {
  const { draft, words } = page;
  const fields: Record<StepId, () => string> = {
    name: () => nameFields(draft, page.retentionDays, words),
    contact: () => contactFields(draft, words),
    cuisine: () =>
      textField({ id: "cuisine", ...cookTextFields.cuisine, value: draft.cuisine }, words),
    dishes: () => dishesFields(draft, words),
    allergens: () => allergenFields(draft, words),
    diet: () => dietFields(draft, words),
    needs: () => needsFields(draft, words),
    hygiene: () => hygieneFields(draft, words),
    public: () => publicFields(draft, words),
  };
  return (
    `<form part="form" class="step" novalidate aria-busy="false" data-sends>` +
    // Enter in a field sends the form with its first submit button: this one, Next's, not a
    // Back or a Remove that comes before Next (people reach Next itself below).
    `<button type="submit" class="visually-hidden" tabindex="-1" aria-hidden="true"></button>` +
    `${title(step, words)} ` +
    (step === "contact" ? `${keepLink(page.manageUrl, words)} ` : "") +
    `${fields[step]()} <div class="nav">` +
    (screens.indexOf(step) === 0 ? "" : `${backButton(words)} `) +
    `<button type="submit" part="button" class="button next" data-sending="${e(words.t("cookSaving"))}"` +
    ` data-stalled="${e(words.t("errorNetwork"))}" data-failed="${e(words.t("errorGeneric"))}">` +
    `${e(words.t("cookNext"))} <span class="arrow" aria-hidden="true">→</span></button></div>` +
    postedWith(step, page) +
    `</form>`
  );
}

const unanswered = (words: PageWords) =>
  `<span class="missing">${e(words.t("cookNotAnswered"))}</span>`;

const orMissing = (text: string, words: PageWords) =>
  text.trim() ? `<bdi>${e(text)}</bdi>` : unanswered(words);

function priceOf(dish: DishDraft, words: PageWords): string {
  if (dish.free) return e(words.t("freeDonation"));
  const cents = parsePrice(dish.price);
  return cents === undefined
    ? unanswered(words)
    : e(
        new Intl.NumberFormat(words.locale, { style: "currency", currency: "EUR" }).format(
          cents / 100,
        ),
      );
}

/** Each step's answer on the last screen, as `cook-review.ts` says it. */
function answerFor(step: StepId, draft: Draft, words: PageWords): string {
  const perDish = (say: (dish: DishDraft) => string) =>
    `<ul class="plain">${draft.dishes
      .map((dish) => `<li><bdi>${e(dish.name)}</bdi>: ${say(dish)}</li>`)
      .join("")}</ul>`;
  switch (step) {
    case "name":
      return orMissing(draft.displayName, words);
    case "contact":
      return orMissing([draft.phone, draft.email].filter((v) => v.trim()).join(" · "), words);
    case "cuisine":
      return draft.cuisine.trim() ? `<bdi>${e(draft.cuisine)}</bdi>` : e(words.t("cookNothing"));
    case "dishes":
      return draft.dishes.length === 0
        ? unanswered(words)
        : `<ul class="plain">${draft.dishes
            .map((dish) => {
              const portions = Number(dish.portions);
              return (
                `<li><bdi>${e(dish.name)}</bdi> — ${priceOf(dish, words)}` +
                (portions > 0 ? ` — ${e(words.plural("cookPortions", portions))}` : "") +
                `</li>`
              );
            })
            .join("")}</ul>`;
    case "allergens":
      return perDish((dish) =>
        dish.allergensNone
          ? e(words.t("cookAllergensNone"))
          : dish.allergens.length === 0
            ? unanswered(words)
            : dish.allergens
                .map((allergen) => {
                  const { icon: picture, key } = allergenLabels[allergen];
                  return (
                    `<span class="tag" title="${e(words.t(key))}">${icon(picture)}` +
                    `<span>${e(words.t(key))}</span></span>`
                  );
                })
                .join(""),
      );
    case "diet":
      return perDish((dish) =>
        dish.dietLabels.length === 0
          ? e(words.t("cookNothing"))
          : e(words.list(dish.dietLabels.map((label) => words.t(dietLabelKeys[label])))),
      );
    case "needs": {
      const chosen = (Object.keys(needLabels) as (keyof typeof needLabels)[]).filter(
        (need) => draft.stallNeeds[need],
      );
      return chosen.length === 0
        ? e(words.t("cookNothing"))
        : e(words.list(chosen.map((need) => words.t(needLabels[need].key))));
    }
    case "hygiene": {
      if (!draft.hygiene) return unanswered(words);
      const answer = e(words.t(hygieneLabels[draft.hygiene].key));
      if (draft.hygiene !== "done") return answer;
      return `${answer} — ${orMissing(draft.hygieneExpiresOn, words)}`;
    }
    case "public":
      return (
        e(words.t(draft.consentPublic ? "cookYes" : "cookNo")) +
        (draft.story.trim() ? ` — <bdi>${e(draft.story)}</bdi>` : "")
      );
  }
}

/**
 * The last screen: every answer with Change, the link to come back, Back and Send; once sent,
 * the answers with Change while they may still change.
 */
function reviewForm(page: CookScreen, sent: boolean): string {
  const { draft, words } = page;
  const editable = page.view?.editable ?? true;
  const items = steps
    .map(
      (step) =>
        `<div class="review-item" data-step="${step}"><dt>${icon(stepInfo[step].icon)} ` +
        `${e(words.t(stepInfo[step].title))}</dt> <dd>${answerFor(step, draft, words)}</dd> ` +
        (editable
          ? `<dd>${goButton(
              `change-${step}`,
              `${e(words.t("cookChange"))} <span class="visually-hidden">${e(words.t(stepInfo[step].title))}</span>`,
              "change",
              words,
            )}</dd>`
          : "") +
        `</div>`,
    )
    .join(" ");
  return (
    `<form class="step" aria-labelledby="review-title" novalidate aria-busy="false" data-sends>` +
    `${title("review", words, "review-title")} ` +
    (editable ? `<p class="hint muted">${e(words.t("cookReviewHint"))}</p> ` : "") +
    `<dl part="review" class="review">${items}</dl> ` +
    keepLink(page.manageUrl, words) +
    (sent
      ? ""
      : `<div class="nav">${backButton(words)} ` +
        `<button type="submit" part="button" class="button send" name="go" value="send"` +
        ` data-sending="${e(words.t("cookSubmitting"))}" data-stalled="${e(words.t("errorNetwork"))}"` +
        ` data-failed="${e(words.t("errorGeneric"))}">${e(words.t("cookSubmit"))}</button></div>`) +
    postedWith("review", page) +
    `</form>`
  );
}

/**
 * The heading, the festival once the application exists (else what this is), and the deadline
 * while it is a draft, as `renderIntro` draws them.
 */
function intro(view: ApplicationView | undefined, words: PageWords): string {
  const deadline = view?.status === "draft" ? view.festival.deadline : null;
  return (
    `<header class="intro"><h2>${e(words.t("cookHeading"))}</h2> ` +
    (view
      ? `<p class="festival" lang="${e(view.festival.contentLocale)}" dir="auto">${e(view.festival.title)}</p>`
      : `<p class="muted">${e(words.t("cookIntro"))}</p>`) +
    (deadline
      ? ` <p class="muted">${e(
          words.t("cookDeadline", {
            date: dateFormat(words.locale, { dateStyle: "long" }).format(new Date(deadline)),
          }),
        )}</p>`
      : "") +
    `</header>`
  );
}

/** The dots and the line saying which step this is, as `renderProgress` draws them. */
function progress(screen: Screen, words: PageWords): string {
  const index = screens.indexOf(screen);
  const dots = steps
    .map(
      (step, i) =>
        `<li class="${i < index ? "done" : i === index ? "current" : ""}" aria-current="${i === index ? "step" : "false"}">` +
        `<span class="visually-hidden">${e(words.t(stepInfo[step].title))}</span></li>`,
    )
    .join(" ");
  const where =
    screen === "review"
      ? words.t("cookStepReview")
      : words.t("cookStepOf", {
          step: formatNumber(words.locale, index + 1),
          total: formatNumber(words.locale, steps.length),
        });
  return (
    `<ol part="progress" class="progress" aria-label="${e(words.t("cookProgress"))}"> ${dots} </ol> ` +
    `<p part="status" class="progress-text" role="status">${e(where)}</p>`
  );
}

/**
 * Everything inside the widget's wrapper for one screen of a draft being filled in: the intro,
 * the progress, the alert region and the screen's form.
 */
export function renderCookScreen(page: CookScreen): string {
  const { screen, words } = page;
  const sent = page.view !== undefined && page.view.status !== "draft";
  const where = sent
    ? `<section part="application-status" class="panel application-status ${e(page.view!.status)}">` +
      `<h3 tabindex="-1">${e(words.t("cookStatusHeading"))}</h3> ` +
      `<p class="state">${e(words.t("cookStatusSubmitted"))}</p></section> ` +
      `<p part="status" class="progress-text" role="status">${e(words.t("cookSent"))}</p>`
    : progress(screen, words);
  return (
    `${intro(page.view, words)} ${where} ` +
    `<div part="error" class="error-box" role="alert"></div> ` +
    (screen === "review" ? reviewForm(page, sent) : stepForm(screen, page))
  );
}
