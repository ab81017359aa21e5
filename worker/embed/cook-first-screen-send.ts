import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorEnvelope } from "../../schema/contracts/errors.js";
import type { ApplicationResponse, ApplicationView } from "../../schema/contracts/festivals.js";
import type { CookOutcome } from "../../schema/contracts/first-screen-outcome.js";
import type { Draft } from "../../schema/rules/cook-draft.js";
import {
  emptyDish,
  emptyDraft,
  fromView,
  maxDishes,
  toInput,
  unreadableDishFields,
} from "../../schema/rules/cook-draft.js";
import { hygieneLabels, needLabels } from "../../schema/rules/cook-answer-words.js";
import { messageForField } from "../../schema/rules/cook-field-errors.js";
import type { Screen } from "../../schema/rules/cook-steps.js";
import { firstStepNeeding, screens, stepInfo, steps } from "../../schema/rules/cook-steps.js";
import { allergenList, dietLabelList } from "../../schema/rules/food-labels.js";
import { manageTokenIn } from "../../schema/rules/manage-link.js";
import { formatNumber } from "../../i18n/format.js";
import { publicLanguages } from "../../i18n/languages.js";
import { negotiate } from "../../i18n/negotiate.js";
import { refusalText } from "../event-pages/form-errors.js";
import type { PageWords } from "../event-pages/page-words.js";
import { loadPageWords, pageWords } from "../event-pages/page-words.js";
import { postedFormText } from "../event-pages/posted-form-text.js";
import { readEventDetail } from "../events/read-event-detail.js";
import { applicationRoutes } from "../festivals/application-routes.js";
import { festivalRoutes } from "../festivals/public-routes.js";
import type { AppEnv } from "../http/app-env.js";
import type { ApiCall, ApiOutcome } from "../http/write-through-api.js";
import { apiAt, organisationApi, writeThroughApi } from "../http/write-through-api.js";
import { applicationManageUrl } from "../notifications/compose.js";
import { organisationSlug } from "../organisations/load-organisation.js";
import type { SaidBeside } from "./first-screen-answer.js";
import { answerWith, renderRefusal } from "./first-screen-answer.js";
import { replyToFirstScreen, unreadBody } from "./first-screen-reply.js";
import { renderCookScreen } from "./cook-step-screens.js";

/*
 * A cook's application sent step by step on the worker's first screens, before the widget's code
 * has come (`POST …/festivals/:eventId/applications/first-screen`, each step's form as a browser
 * posts it, with the screen it is, and from the second step on the application's id and manage
 * token). Each step is saved by the API's own routes (`write-through-api.ts`: the first creates
 * the application, the others update it, the last screen sends it), so the contract, the website
 * check, the rate limits and the idempotency are the widget's. Answered with the next screen
 * (`cook-step-screens.ts`) in place of the whole screen, its outcome (the application as saved,
 * its session and the screen) for the widget to take over; or refused with the step's problems
 * beside its fields.
 */

const festivalApi = organisationApi(festivalRoutes);
const applicationApi = apiAt("/api/v1/applications", applicationRoutes);

type Params = URLSearchParams;

const isScreen = (value: string | null): value is Screen =>
  (screens as readonly (string | null)[]).includes(value);

/** This step's answers, as posted, put on the draft (the other steps' stay as saved). */
function readStep(draft: Draft, screen: Screen, params: Params): Draft {
  const text = (name: string) => params.get(name) ?? "";
  const ticked = (name: string) => params.has(name);
  switch (screen) {
    case "name":
      return { ...draft, displayName: text("displayName"), consent: ticked("consent") };
    case "contact":
      return { ...draft, phone: text("phone"), email: text("email") };
    case "cuisine":
      return { ...draft, cuisine: text("cuisine") };
    case "dishes": {
      const posted = [...params.keys()].filter((name) => /^dish-\d+-name$/.test(name)).length;
      const dishes = Array.from({ length: Math.min(posted, maxDishes) }, (_, index) => {
        const field = (name: string) => text(`dish-${index}-${name}`);
        return {
          ...(draft.dishes[index] ?? emptyDish()),
          name: field("name"),
          description: field("description"),
          price: field("price"),
          free: ticked(`dish-${index}-free`),
          portions: field("portions"),
        };
      });
      return { ...draft, dishes };
    }
    case "allergens":
      return {
        ...draft,
        dishes: draft.dishes.map((dish, index) => {
          const none = ticked(`dish-${index}-allergens-none`);
          return {
            ...dish,
            allergensNone: none,
            allergens: none
              ? []
              : allergenList.filter((allergen) => ticked(`dish-${index}-allergens-${allergen}`)),
          };
        }),
      };
    case "diet":
      return {
        ...draft,
        dishes: draft.dishes.map((dish, index) => ({
          ...dish,
          dietLabels: dietLabelList.filter((label) => ticked(`dish-${index}-diet-${label}`)),
        })),
      };
    case "needs":
      return {
        ...draft,
        stallNeeds: Object.fromEntries(
          Object.keys(needLabels).map((need) => [need, ticked(`need-${need}`)]),
        ) as Draft["stallNeeds"],
      };
    case "hygiene": {
      const chosen = text("hygiene");
      return {
        ...draft,
        hygiene: chosen in hygieneLabels ? (chosen as Draft["hygiene"]) : null,
        hygieneExpiresOn: text("hygieneExpiresOn"),
      };
    }
    case "public":
      return { ...draft, consentPublic: ticked("consentPublic"), story: text("story") };
    case "review":
      return draft;
  }
}

/** An API field path → the control the first screen draws for it (by its name). */
function controlFor(path: string): string {
  const dish = /^dishes\.(\d+)\.(\w+)$/.exec(path);
  if (!dish) return path;
  const [, index, field] = dish;
  const control: Record<string, string> = {
    priceCents: "price",
    free: "price",
    allergens: "allergens-none",
    allergensNone: "allergens-none",
  };
  return `dish-${index}-${control[field!] ?? field}`;
}

/** The screen after `screen`, or the last screen when the step was opened from it (`then`). */
function nextScreen(screen: Screen, params: Params): Screen {
  if (params.get("then") === "review") return "review";
  return screens[Math.min(screens.indexOf(screen) + 1, screens.length - 1)]!;
}

export async function sendCookOnFirstScreen(
  c: Context<AppEnv>,
  lang: string | undefined,
): Promise<Response> {
  const eventId = c.req.param("eventId") ?? "";
  const [detail] = await Promise.all([readEventDetail(c, eventId, lang), loadPageWords()]);
  const locale = negotiate([lang, detail.defaultLocale], publicLanguages).locale;
  const words = pageWords(locale, { isolateNames: false });
  const refused = (
    status: ContentfulStatusCode,
    error: ErrorEnvelope["error"],
    summary: string,
    beside: SaidBeside[] = [],
  ) => replyToFirstScreen(c, renderRefusal({ status, error }, summary, beside), status, error);
  const refusedBy = (outcome: Exclude<ApiOutcome<unknown>, { ok: true }>, on: Screen) => {
    if (outcome.retryAfter) c.header("Retry-After", outcome.retryAfter);
    return refused(
      outcome.status as ContentfulStatusCode,
      outcome.error,
      ...refusalWords(outcome.error, on, words),
    );
  };

  const text = await postedFormText(c);
  if (typeof text !== "string") return refused(text, unreadBody[text], words.t("errorGeneric"));
  const params = new URLSearchParams(text);
  const screen = params.get("screen");
  const id = params.get("application") ?? "";
  const token = params.get("token") ?? "";
  const missingStep = {
    code: "validation_failed",
    message: "Send the form of a step, with its application once it has one.",
  } as const;
  if (!isScreen(screen) || (screen !== "name" && (!id || !token))) {
    return refused(422, missingStep, words.t("errorGeneric"));
  }

  const call = (method: ApiCall["method"], path: string, body?: unknown) =>
    writeThroughApi<ApplicationResponse>(c, applicationApi, `/api/v1/applications/${path}`, body, {
      method,
      token,
    });
  let view: ApplicationView | undefined;
  if (screen !== "name" || id) {
    const read = await call("GET", encodeURIComponent(id));
    if (!read.ok) return refusedBy(read, screen);
    view = read.body.application;
  }
  const saved = view ? fromView(view) : emptyDraft();
  const origin = new URL(c.req.url).origin;
  /** `next` drawn for the application as `after` holds it, in the whole screen's place. */
  const answer = (
    next: Screen,
    after: ApplicationView,
    options: {
      draft?: Draft;
      thenReview?: boolean;
      token?: string;
      status?: 200 | 201;
      /** What takes focus, if not the screen's title (a dish just added: its name). */
      focus?: string;
    } = {},
  ) => {
    const session = { id: after.id, token: options.token ?? token };
    const outcome: CookOutcome = {
      application: after,
      session,
      manageUrl: applicationManageUrl(origin, session.id, session.token),
      screen: next,
    };
    const html = renderCookScreen({
      screen: next,
      draft: options.draft ?? fromView(after),
      view: after,
      session,
      manageUrl: outcome.manageUrl,
      retentionDays: after.festival.retentionDays,
      thenReview: options.thenReview ?? false,
      words,
    });
    const focus =
      options.focus ?? (after.status === "draft" ? ".step-title" : ".application-status h3");
    const body = answerWith(outcome, html, { replaces: true, focus });
    return replyToFirstScreen(c, body, options.status ?? 200);
  };

  const go = params.get("go") ?? "";
  // Change moves to a step; nothing on the last screen to save.
  const change = /^change-(\w+)$/.exec(go)?.[1] ?? null;
  if (view && isScreen(change)) return answer(change, view, { thenReview: true });
  if (view && go === "send") {
    const sent = await call("POST", `${encodeURIComponent(view.id)}/submit`);
    return sent.ok ? answer("review", sent.body.application) : refusedBy(sent, "review");
  }

  let draft = readStep(saved, screen, params);
  const removed = /^remove-dish-(\d+)$/.exec(go)?.[1];
  if (screen === "dishes" && removed !== undefined) {
    draft = { ...draft, dishes: draft.dishes.filter((_, index) => index !== Number(removed)) };
  }
  const adding = screen === "dishes" && go === "add-dish" && draft.dishes.length < maxDishes;
  const previous = screens[Math.max(0, screens.indexOf(screen) - 1)]!;
  // Back keeps what was typed on the step when it can be saved, as the widget keeps it in memory;
  // what cannot (a price that is not one) is left, and the cook goes back all the same.
  const back = async () => {
    if (!view) return refused(422, missingStep, words.t("errorGeneric"));
    if (unreadableDishFields(draft).length > 0 || screen === "review")
      return answer(previous, view);
    const kept = await call("PUT", encodeURIComponent(view.id), toInput(draft, locale));
    return answer(previous, kept.ok ? kept.body.application : view);
  };
  if (go === "back") return back();
  const problems = [
    ...(screen === "name" && !draft.consent ? ["consent"] : []),
    ...(screen === "dishes" ? unreadableDishFields(draft) : []),
  ];
  if (problems.length > 0) {
    const error = {
      code: "validation_failed" as const,
      message: "Some answers need fixing.",
      fields: Object.fromEntries(problems.map((path) => [path, "Check this answer."])),
    };
    return refused(422, error, ...fieldWords(problems, words));
  }
  const input = toInput(draft, locale);
  const written = view
    ? await call("PUT", encodeURIComponent(view.id), input)
    : await writeThroughApi<ApplicationResponse>(
        c,
        festivalApi,
        `/api/v1/orgs/${encodeURIComponent(organisationSlug(c))}/festivals/${encodeURIComponent(detail.event.id)}/applications`,
        input,
        { idempotencyKey: c.req.header("Idempotency-Key") ?? "" },
      );
  if (!written.ok) return refusedBy(written, screen);
  const after = written.body.application;
  if (!view) {
    // Created: its manage token comes in its link.
    const created = manageTokenIn(written.body.manageUrl, origin) ?? "";
    return answer("contact", after, { token: created, status: written.status === 201 ? 201 : 200 });
  }
  // Adding or removing a dish stays on the dishes: a new empty one to fill in, its name in focus
  // (as the widget's `DraftEditor`).
  if (adding || removed !== undefined) {
    const dishes = fromView(after).dishes;
    return answer("dishes", after, {
      draft: { ...fromView(after), dishes: adding ? [...dishes, emptyDish()] : dishes },
      thenReview: params.get("then") === "review",
      focus: adding ? `#dish-${dishes.length}-name` : ".add, .step-title",
    });
  }
  return answer(nextScreen(screen, params), after);
}

/** Each refused field's words beside its control, and what to say above the form. */
function fieldWords(paths: readonly string[], words: PageWords): [string, SaidBeside[]] {
  return [
    words.t("formHasErrors"),
    paths.map((path) => ({ name: controlFor(path), text: words.t(messageForField(path)) })),
  ];
}

/**
 * A refusal of the API in the cook's words: the step's answers to fix, beside them; on the last
 * screen, which step sending found unanswered (its Change is there); applications closed; a link
 * that opens nothing; or why not.
 */
function refusalWords(
  error: ErrorEnvelope["error"],
  screen: Screen,
  words: PageWords,
): [string, SaidBeside[]] {
  if (error.code === "signup_closed") return [words.t("cookErrorClosed"), []];
  if (error.code === "unauthorized" || error.code === "not_found") return [words.t("badLink"), []];
  const paths = Object.keys(error.fields ?? {});
  if (error.code !== "validation_failed" || paths.length === 0) {
    return [refusalText(error, words), []];
  }
  const step = firstStepNeeding(paths);
  if (screen !== "review" || !step) return fieldWords(paths, words);
  const section = words.t(stepInfo[step].title);
  const where = {
    step: formatNumber(words.locale, steps.indexOf(step) + 1),
    total: formatNumber(words.locale, steps.length),
    section,
  };
  return [words.t("cookNeedsAttention", where), []];
}
