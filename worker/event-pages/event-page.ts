import type { PublicEvent } from "../../schema/contracts/events.js";
import { languages } from "../../i18n/languages.js";
import { escapeHtml } from "../messages/html.js";
import { formatEventTime } from "../messages/format.js";
import { signupPageUrl } from "../organisations/signup-sites.js";
import { renderEventDetails } from "./event-details-html.js";
import { eventJsonLd } from "./event-json-ld.js";
import type { FormProblems } from "./form-errors.js";
import type { FormValues } from "./form-values.js";
import type { PageLinks } from "./page-head.js";
import { headTags } from "./page-head.js";
import { pageDocument } from "./page-document.js";
import type { PageState } from "./page-state.js";
import type { PageWords } from "./page-words.js";
import { renderSignupForm } from "./signup-form-html.js";
import { enhancesWithWidget, widgetLoaderTag } from "./signup-widget-html.js";

export interface EventPageView {
  event: PublicEvent;
  organisation: { slug: string; name: string };
  origin: string;
  state: PageState;
  words: PageWords;
  links: PageLinks;
  /** The form's answers, token and problems; the form shows only while the state is `open`. */
  form: { values: FormValues; problems: FormProblems; token: string };
  /** More `<head>` tags, already escaped, after the page's own (an oEmbed discovery link). */
  extraHead?: readonly string[];
}

/** Links to the page in every language, each in its own name and language. */
function languageLinks(view: EventPageView): string {
  const items = languages
    .filter((language) => language.code !== view.words.locale)
    .map(
      (language) =>
        `<li><a href="${escapeHtml(view.links.urlIn(language.code))}" hreflang="${language.code}" lang="${language.code}" dir="${language.dir}">${escapeHtml(language.name)}</a></li>`,
    )
    .join("\n");
  return (
    `<nav class="languages" aria-labelledby="languages-heading">\n` +
    `<h2 id="languages-heading">${escapeHtml(view.words.t("pageLanguages"))}</h2>\n<ul>\n${items}\n</ul>\n</nav>\n`
  );
}

/** Where the sign-up happens when not on this form: a visit's own widget, on Hearth's page. */
function elsewhere(view: EventPageView): string {
  const href = signupPageUrl(view.origin, view.organisation.slug);
  return `<p><a class="button" href="${escapeHtml(href)}">${escapeHtml(view.words.t("signupElsewhereLink"))}</a></p>\n`;
}

/** "Fri 4 December 2026, 18:00–20:00 · Library": what a shared link's preview says under the title. */
function previewText(event: PublicEvent, words: PageWords): string {
  const when = formatEventTime(
    Date.parse(event.startsAt),
    Date.parse(event.endsAt),
    event.timeZone,
    words.locale,
  );
  const where = event.venueName ?? (event.onlineUrl ? words.t("online") : "");
  return [when, where, event.summary].filter(Boolean).join(" · ");
}

/**
 * An event's own page, the whole document: the event, its places, and the sign-up form (or why
 * there is none), in the reader's language, with JSON-LD and Open Graph for search engines and
 * chat apps. It works with JavaScript off, and nothing blocks its first paint; when scripts run,
 * a fresh form is taken over by `<hearth-signup>` (`signup-widget-html.ts`).
 */
export function renderEventPage(view: EventPageView): string {
  const { event, words, state } = view;
  const enhanced = enhancesWithWidget(state, view.form.problems);
  const form =
    state.kind === "open"
      ? renderSignupForm({
          event,
          slots: state.slots,
          questions: event.questions.filter(
            (question) => question.audience === null || question.audience === "attendee",
          ),
          ...view.form,
          action: new URL(view.links.pageUrl).pathname,
          words,
          widget: enhanced
            ? { organisationSlug: view.organisation.slug, eventId: event.id, locale: words.locale }
            : undefined,
        })
      : state.kind === "elsewhere"
        ? elsewhere(view)
        : "";
  const head = headTags(
    {
      links: view.links,
      title: event.title,
      description: previewText(event, words),
      siteName: view.organisation.name,
      locale: words.locale,
      jsonLd: eventJsonLd(event, {
        pageUrl: view.links.pageUrl,
        state,
        organisation: {
          name: view.organisation.name,
          url: signupPageUrl(view.origin, view.organisation.slug),
        },
      }),
    },
    enhanced ? [...(view.extraHead ?? []), widgetLoaderTag] : view.extraHead,
  );
  return pageDocument({
    lang: words.locale,
    dir: words.dir,
    title: `${event.title} – ${view.organisation.name}`,
    head,
    body:
      `<main>\n<article>\n${renderEventDetails(event, { words, organisationName: view.organisation.name, state })}\n</article>\n` +
      `${form}</main>\n${languageLinks(view)}`,
  });
}
