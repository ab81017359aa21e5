import { beforeAll, describe, expect, it } from "vitest";
import type { CatalogueFile, MessageMap } from "../../../i18n/catalogue.js";
import { publicLanguages } from "../../../i18n/languages.js";
import {
  renderFeedbackForm,
  renderFeedbackResult,
} from "../../../worker/messages/feedback-page.js";
import {
  renderLinkPage,
  renderLinkQuestion,
  type LinkOutcome,
} from "../../../worker/messages/link-page.js";
import { hasDateWords } from "../../../i18n/format.js";
import { loadMessageCatalogues } from "../../../worker/messages/localize.js";
import {
  renderMessage,
  type MessageContext,
  type MessageKind,
} from "../../../worker/messages/render.js";

const catalogues = new Map<string, MessageMap>();

beforeAll(async () => {
  await loadMessageCatalogues();
  for (const code of publicLanguages) {
    const module = (await import(`../../../i18n/messages/${code}.json`)) as {
      default: CatalogueFile;
    };
    catalogues.set(code, module.default.messages as MessageMap);
  }
});

const rightToLeft = new Set(["ar", "fa", "ps", "ckb"]);

// Friday 4 December 2026, 18:00–20:00 in Tallinn. Content is deliberately not English, so any
// English in a rendered message can only come from the catalogue.
const startsAt = Date.UTC(2026, 11, 4, 16, 0);
const hour = 60 * 60 * 1000;

function context(kind: MessageKind, overrides: Partial<MessageContext> = {}): MessageContext {
  return {
    kind,
    locale: "en",
    fallbackLocale: "en",
    organisationName: "Tallinna Linn",
    recipientName: "Amina",
    event: {
      title: "Keelekohvik",
      startsAt,
      endsAt: startsAt + 2 * hour,
      timeZone: "Europe/Tallinn",
      venue: "Keskraamatukogu",
      onlineUrl: null,
    },
    party: { adults: 2, children: 1 },
    shortCode: "K7M2",
    position: null,
    links: {
      manage: "https://hearth.example.org/manage#token=abc",
      calendar: "https://hearth.example.org/api/v1/orgs/tallinn/events/evt_1/calendar.ics",
    },
    ...overrides,
  };
}

interface MessageScenario {
  name: string;
  /** Whether the message writes out a date, which must be on the Gregorian calendar. */
  dated: boolean;
  context: MessageContext;
}

/** Every kind, with the data its branch of `body()` reads, and each variant of that branch. */
const messageScenarios: MessageScenario[] = [
  {
    name: "confirmed",
    dated: true,
    context: context("confirmed", { party: { adults: 1, children: 0 } }),
  },
  { name: "waitlisted", dated: true, context: context("waitlisted", { position: 3 }) },
  {
    name: "promoted",
    dated: true,
    context: context("promoted", { party: { adults: 5, children: 3 } }),
  },
  {
    name: "cancelled by the person",
    dated: true,
    context: context("cancelled", { cancelledBy: "person" }),
  },
  {
    name: "cancelled by the organisers",
    dated: true,
    context: context("cancelled", {
      cancelledBy: "organiser",
      organiserMessage: { text: "Saal on suletud.", lang: "et" },
    }),
  },
  {
    name: "event_changed",
    dated: true,
    context: context("event_changed", {
      event: { ...context("event_changed").event, onlineUrl: "https://meet.example.org/kohvik" },
      organiserMessage: { text: "Uus aeg.", lang: "et" },
      previous: { startsAt: startsAt - hour, endsAt: startsAt + hour, venue: null },
    }),
  },
  {
    name: "reminder",
    dated: true,
    context: context("reminder", {
      party: { adults: 22, children: 11 },
      links: {
        ...context("reminder").links,
        confirm: "https://hearth.example.org/r/confirm?sig=yes",
        cancel: "https://hearth.example.org/r/cancel?sig=no",
      },
    }),
  },
  {
    name: "thank_you",
    dated: false,
    context: context("thank_you", {
      recipientName: "",
      links: { ...context("thank_you").links, feedback: "https://forms.example.org/tagasiside" },
    }),
  },
  {
    name: "digest",
    dated: true,
    context: context("digest", {
      digest: {
        date: "2026-11-21",
        events: [
          { title: "Keelekohvik", newSignUps: 1, confirmedPeople: 12, waitlistedPeople: 2 },
          { title: "Matk", newSignUps: 5, confirmedPeople: 1, waitlistedPeople: 21 },
        ],
        dashboardUrl: "https://hearth.example.org/admin",
      },
    }),
  },
  {
    name: "digest of a quiet day",
    dated: true,
    context: context("digest", {
      digest: { date: "2026-11-21", events: [], dashboardUrl: "https://hearth.example.org/admin" },
    }),
  },
  { name: "cook_received", dated: false, context: context("cook_received") },
  ...(["approved", "waitlisted", "declined"] as const).map((status) => ({
    name: `cook_decision ${status}`,
    dated: false,
    context: context("cook_decision", {
      cook: { status },
      organiserMessage: status === "approved" ? null : { text: "Aitäh!", lang: "et" },
    }),
  })),
  {
    name: "cook_stall",
    dated: false,
    context: context("cook_stall", { cook: { status: "approved", stall: "B4" } }),
  },
  {
    name: "shift_message",
    dated: true,
    context: context("shift_message", {
      organiserMessage: { text: "Palun tulge kell viis.", lang: "et" },
    }),
  },
  ...(["visitor", "host", "interpreter"] as const).map((audience) => ({
    name: `confirmed visit ${audience}`,
    dated: true,
    context: context("confirmed", {
      visit: {
        audience,
        languages: ["et", "uk"],
        offer: audience === "host" ? "Tee ja jutt" : null,
        pickup: audience === "visitor" ? { place: "Vao keskus", at: startsAt - hour } : null,
        stop: audience === "host" ? { place: "Talu", at: startsAt + hour } : null,
        meetingPoint: { place: "Vao keskus", at: startsAt - hour },
        outline: [
          { place: "Raba", at: startsAt },
          { place: "Talu", at: startsAt + hour },
        ],
        groups: { people: 12, languages: ["fa"] },
      },
    }),
  })),
];

interface PageScenario {
  name: string;
  render: (locale: string) => string;
}

const eventTitle = "Keelekohvik";
const formAction = "https://hearth.example.org/r/act?sig=abc";
const outcomes: LinkOutcome[] = [
  "confirmed",
  "cancelled",
  "already_used",
  "expired",
  "invalid",
  "rate_limited",
];

const pageScenarios: PageScenario[] = [
  ...outcomes.map((outcome) => ({
    name: `link page ${outcome}`,
    render: (locale: string) =>
      renderLinkPage(outcome, locale, "en", {
        eventTitle,
        manageUrl: "https://hearth.example.org/manage#token=abc",
      }),
  })),
  ...(["confirm", "cancel"] as const).map((action) => ({
    name: `link question ${action}`,
    render: (locale: string) =>
      renderLinkQuestion(action, locale, "en", { eventTitle, formAction }),
  })),
  {
    name: "feedback form",
    render: (locale) => renderFeedbackForm(locale, "en", { eventTitle, formAction }),
  },
  {
    name: "feedback form without a score",
    render: (locale) =>
      renderFeedbackForm(locale, "en", { eventTitle, formAction, problem: "missing_score" }),
  },
  {
    name: "feedback form with a refused comment",
    render: (locale) =>
      renderFeedbackForm(locale, "en", { eventTitle, formAction, problem: "bad_comment" }),
  },
  ...(["thanks", "already"] as const).map((outcome) => ({
    name: `feedback result ${outcome}`,
    render: (locale: string) => renderFeedbackResult(outcome, locale, "en"),
  })),
];

/** What a reader sees of an HTML document: no style sheet, no tags, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

const formsOf = (value: MessageMap[string] | undefined): string[] =>
  value === undefined ? [] : typeof value === "string" ? [value] : Object.values(value);

/** The longest stretch of a template between placeholders: what a leak would show verbatim. */
const longestFragment = (template: string) =>
  template
    .split(/\{\w+\}/)
    .map((part) => part.trim())
    .reduce((longest, part) => (part.length > longest.length ? part : longest), "");

/**
 * English strings that must not appear in `code`'s text: every English message (or plural form)
 * longer than 12 characters whose translation does not itself contain it.
 */
function englishLeaksToLookFor(code: string): { key: string; fragment: string }[] {
  const english = catalogues.get("en")!;
  const translation = catalogues.get(code)!;
  return Object.entries(english).flatMap(([key, value]) => {
    const translated = formsOf(translation[key]);
    if (translated.length === 0) return [];
    return formsOf(value)
      .filter((form) => form.length > 12)
      .map((form) => ({ key, fragment: longestFragment(form) }))
      .filter(({ fragment }) => !translated.some((form) => form.includes(fragment)));
  });
}

const monthsAndDays = (locale: string) => [
  ...Array.from({ length: 12 }, (_, month) =>
    new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(
      Date.UTC(2026, month, 15),
    ),
  ),
  ...Array.from({ length: 7 }, (_, day) =>
    new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(
      Date.UTC(2026, 0, 5 + day),
    ),
  ),
];

/**
 * What Intl writes for a language it has no data for: American English month and day names and
 * "and" (less the names the language really shares with English, like German "November").
 */
function englishIntlWords(code: string): RegExp {
  const own = new Set(
    Intl.DateTimeFormat.supportedLocalesOf([code]).length > 0 ? monthsAndDays(code) : [],
  );
  const words = [...monthsAndDays("en"), "and"].filter((word) => !own.has(word));
  return new RegExp(`\\b(${words.join("|")})\\b`);
}

interface Forbidden {
  keys: RegExp;
  english: RegExp | null;
  leaks: { key: string; fragment: string }[];
}

const forbiddenByLanguage = new Map<string, Forbidden>();

/** What must not show in `code`'s text, worked out once per language. */
function forbiddenIn(code: string): Forbidden {
  let forbidden = forbiddenByLanguage.get(code);
  if (!forbidden) {
    const english = code !== "en";
    // Only names that could be nothing but a key (camelCase or numbered), not words like "when".
    const keys = Object.keys(catalogues.get("en")!).filter((key) => /[A-Z0-9]/.test(key));
    forbidden = {
      keys: new RegExp(`\\b(${keys.join("|")})\\b`),
      english: english ? englishIntlWords(code) : null,
      leaks: english ? englishLeaksToLookFor(code) : [],
    };
    forbiddenByLanguage.set(code, forbidden);
  }
  return forbidden;
}

function expectWholeAndTranslated(code: string, shown: string) {
  const forbidden = forbiddenIn(code);
  expect(shown.trim()).not.toBe("");
  expect(shown).not.toMatch(/\{\w+\}/);
  // A value ending in an abbreviation's stop ("2026 р.") before the sentence's own.
  expect(shown).not.toMatch(/[^.]\.\.(?!\.)/);
  expect(shown, "a catalogue key").not.toMatch(forbidden.keys);
  if (forbidden.english) expect(shown, "Intl's English").not.toMatch(forbidden.english);
  const leaked = forbidden.leaks.filter(({ fragment }) => shown.includes(fragment));
  expect(leaked, `English in ${code}`).toEqual([]);
}

/** 2026 in the language's own digits: a Solar Hijri or Ethiopic date would show another year. */
const gregorianYear = (code: string) =>
  new Intl.NumberFormat(code, { useGrouping: false }).format(2026);

const expectedDocument = (code: string) =>
  `<html lang="${code}" dir="${rightToLeft.has(code) ? "rtl" : "ltr"}">`;

describe.each(publicLanguages)("messages in %s", (code) => {
  it.each(messageScenarios)("renders $name completely in the language", (scenario) => {
    const rendered = renderMessage({ ...scenario.context, locale: code });
    expect(rendered.locale).toBe(code);
    expect(rendered.html).toContain(expectedDocument(code));
    expect(rendered.subject.trim()).not.toBe("");
    for (const shown of [rendered.subject, rendered.text, visibleText(rendered.html)]) {
      expectWholeAndTranslated(code, shown);
    }
    if (scenario.dated) {
      const year = gregorianYear(code);
      expect(
        rendered.text.includes(year) || rendered.text.includes("2026"),
        `Gregorian year ${year} in ${rendered.text}`,
      ).toBe(true);
    }
    if (scenario.dated && !hasDateWords(code)) {
      // Without the runtime's date words for the language, dates are written without words.
      expect(rendered.text).toMatch(/2026-12-04 18:00–20:00 \(Europe\/Tallinn\)|2026-11-21/);
    }
  });
});

describe.each(publicLanguages)("pages in %s", (code) => {
  it.each(pageScenarios)("renders the $name completely in the language", (scenario) => {
    const html = scenario.render(code);
    expect(html).toContain(expectedDocument(code));
    expect(html).toMatch(/<title>[^<\s][^<]*<\/title>/);
    expect(html).not.toContain("<script");
    expectWholeAndTranslated(code, visibleText(html));
  });
});
