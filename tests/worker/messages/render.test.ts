import { beforeAll, describe, expect, it } from "vitest";
import { loadMessageCatalogues } from "../../../worker/messages/localize.js";
import { renderLinkPage } from "../../../worker/messages/link-page.js";
import {
  renderMessage,
  type MessageContext,
  type MessageKind,
} from "../../../worker/messages/render.js";

beforeAll(loadMessageCatalogues);

// Friday 4 December 2026, 18:00–20:00 in Tallinn (UTC+2): 16:00 UTC.
const startsAt = Date.UTC(2026, 11, 4, 16, 0);
const hour = 60 * 60 * 1000;

function context(overrides: Partial<MessageContext> = {}): MessageContext {
  return {
    kind: "confirmed",
    locale: "en",
    fallbackLocale: "en",
    organisationName: "Test City",
    recipientName: "Amina",
    event: {
      title: "Language café",
      startsAt,
      endsAt: startsAt + 2 * hour,
      timeZone: "Europe/Tallinn",
      venue: "Central Library",
      onlineUrl: null,
    },
    party: { adults: 2, children: 1 },
    shortCode: "K7M2",
    position: 3,
    links: {
      manage: "https://hearth.example.org/manage#token=abc",
      calendar: "https://hearth.example.org/api/v1/registrations/calendar.ics?token=abc",
      confirm: "https://hearth.example.org/r/confirm?sig=yes",
      cancel: "https://hearth.example.org/r/cancel?sig=no",
      feedback: "https://forms.example.org/feedback",
    },
    cancelledBy: "person",
    organiserMessage: null,
    previous: { startsAt: startsAt - hour, endsAt: startsAt + hour, venue: "Old Town Hall" },
    digest: {
      date: "2026-11-21",
      events: [{ title: "Language café", newSignUps: 3, confirmedPeople: 12, waitlistedPeople: 2 }],
      dashboardUrl: "https://hearth.example.org/admin",
    },
    ...overrides,
  };
}

const kinds: MessageKind[] = [
  "confirmed",
  "waitlisted",
  "promoted",
  "cancelled",
  "event_changed",
  "reminder",
  "thank_you",
  "digest",
];

describe("rendered messages", () => {
  for (const kind of kinds) {
    for (const locale of ["en", "es", "ar"]) {
      it(`renders ${kind} in ${locale}, with lang, direction and a complete text version`, () => {
        const rendered = renderMessage(context({ kind, locale }));
        expect(rendered.locale).toBe(locale);
        expect(rendered.subject).not.toBe("");
        expect(rendered.subject).not.toMatch(/[\r\n{}]/);
        expect(rendered.text).not.toMatch(/\{\w+\}/);
        expect(rendered.html).not.toMatch(/\{\w+\}/);
        const dir = locale === "ar" ? "rtl" : "ltr";
        expect(rendered.html).toContain(`<html lang="${locale}" dir="${dir}">`);
        expect(rendered.html).toMatch(/<h1>[^<]+<\/h1>/);
        if (kind === "digest") {
          expect(rendered.text).toContain("https://hearth.example.org/admin");
          expect(rendered.text).not.toContain("manage#token");
        } else {
          expect(rendered.text).toContain("https://hearth.example.org/manage#token=abc");
          expect(rendered.html).toContain('href="https://hearth.example.org/manage#token=abc"');
          expect(rendered.text).toContain("Language café");
        }
      });
    }
  }

  it("says in English what each kind is about", () => {
    const subject = (kind: MessageKind, extra: Partial<MessageContext> = {}) =>
      renderMessage(context({ kind, ...extra })).subject;
    expect(subject("confirmed")).toBe("You're in: Language café");
    // A booking the person changed: the same message, saying it changed.
    expect(subject("confirmed", { changed: true })).toBe("Your booking changed: Language café");
    expect(
      renderMessage(context({ kind: "waitlisted", changed: true })).text.replace(/\s+/g, " "),
    ).toContain("Your booking for Language café has changed. These are the new details.");
    expect(renderMessage(context({ kind: "confirmed", changed: true, locale: "uk" })).subject).toBe(
      "Ваш запис змінено: Language café",
    );
    expect(subject("reminder")).toBe("Tomorrow: Language café");
    expect(subject("digest")).toMatch(/^Test City: sign-ups on (21 November|November 21), 2026$/);
    expect(renderMessage(context({ kind: "waitlisted" })).text).toContain(
      "You are number 3 on the waitlist.",
    );
    expect(renderMessage(context({ kind: "confirmed" })).text).toContain(
      "Your code for the door: K7M2",
    );
    expect(renderMessage(context({ kind: "confirmed" })).text).toContain(
      "Who is coming: 2 adults and 1 child",
    );
    expect(renderMessage(context({ kind: "waitlisted" })).text).not.toContain("K7M2");
    expect(renderMessage(context({ kind: "confirmed" })).text).toContain(
      "See or cancel your sign-up:\nhttps://hearth.example.org/manage#token=abc",
    );
  });

  it("falls back to the organisation's language, then English, for a language we do not have", () => {
    const rendered = renderMessage(context({ locale: "am", fallbackLocale: "es" }));
    expect(rendered.locale).toBe("es");
    expect(rendered.subject).toBe("Tienes plaza: Language café");
    expect(rendered.html).toContain('<html lang="es" dir="ltr">');
    expect(rendered.text).toContain("Ver o cancelar tu inscripción");
    expect(renderMessage(context({ locale: "am", fallbackLocale: "tg" })).locale).toBe("en");
    expect(renderMessage(context({ locale: "es-MX", fallbackLocale: "en" })).locale).toBe("es");
  });

  it("escapes the recipient's name and the organiser's message in the HTML", () => {
    const rendered = renderMessage(
      context({
        kind: "cancelled",
        cancelledBy: "organiser",
        recipientName: "<script>alert(1)</script>",
        organiserMessage: {
          text: 'The hall is closed <img src=x onerror="alert(2)">\nSorry!',
          lang: 'en"><script>',
        },
        event: { ...context().event, title: "Café & <b>talk</b>" },
      }),
    );
    expect(rendered.html).not.toContain("<script>");
    expect(rendered.html).not.toContain("<img");
    expect(rendered.html).not.toContain("<b>talk");
    expect(rendered.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(rendered.html).toContain("Café &amp; &lt;b&gt;talk&lt;/b&gt;");
    expect(rendered.html).toContain("Message from the organisers");
    expect(rendered.text).toContain(
      '> The hall is closed <img src=x onerror="alert(2)">\n> Sorry!',
    );
    expect(rendered.text).toContain("The organisers cancelled your place at Café & <b>talk</b>.");
  });

  it("greets with the name on one line, cut at 40 characters, so it cannot carry a message", () => {
    const name =
      "Amina\n\nYour account is suspended.\r\nConfirm your card at https://evil.example now";
    const rendered = renderMessage(context({ recipientName: name }));
    const greeting = "Hello Amina Your account is suspended. Confirm…,";
    expect(rendered.text).toContain(`\n${greeting}\n`);
    expect(rendered.html).toContain(`<p>${greeting}</p>`);
    expect(rendered.text).not.toContain("evil.example");
    expect(rendered.text).not.toContain("suspended.\n");
  });

  it("greets a short name whole, without direction overrides, and cuts between letters", () => {
    expect(renderMessage(context({ recipientName: "  Amina  " })).text).toContain("Hello Amina,");
    expect(
      renderMessage(context({ recipientName: "\u202eanimA\u202c \u2066K.\u2069" })).text,
    ).toContain("Hello animA K.,");
    const flags = "🇺🇦".repeat(41);
    expect(renderMessage(context({ recipientName: flags })).text).toContain(
      `Hello ${"🇺🇦".repeat(40)}…,`,
    );
    const exact = "x".repeat(40);
    expect(renderMessage(context({ recipientName: exact })).text).toContain(`Hello ${exact},`);
  });

  it("tells people with a place what to bring and who to call, but not a cancellation", () => {
    const event = {
      ...context().event,
      whatToBring: { text: "Lunch\nGood shoes", lang: "en" },
      dayContact: "Mari, +372 5555 0101",
    };
    for (const kind of ["confirmed", "promoted", "reminder"] as const) {
      const rendered = renderMessage(context({ kind, event }));
      expect(rendered.text).toContain("What to bring: Lunch\nGood shoes");
      expect(rendered.text).toContain("Who to call on the day: Mari, +372 5555 0101");
      expect(rendered.html).toContain("Lunch<br>\nGood shoes");
    }
    const cancelled = renderMessage(context({ kind: "cancelled", event }));
    expect(cancelled.text).not.toContain("What to bring");
    expect(cancelled.text).not.toContain("Mari");
  });

  it("marks what to bring with its own language when it is not the message's", () => {
    const rendered = renderMessage(
      context({
        locale: "ar",
        event: {
          ...context().event,
          whatToBring: { text: "Packed lunch", lang: "en" },
          dayContact: null,
        },
      }),
    );
    expect(rendered.html).toContain('<span lang="en" dir="ltr">Packed lunch</span>');
  });

  it("isolates left-to-right names and places inside a right-to-left sentence", () => {
    const rendered = renderMessage(
      context({ locale: "ar", event: { ...context().event, title: "Language café 2" } }),
    );
    // The title inside the Arabic subject and intro keeps its digit with it.
    expect(rendered.subject).toContain("\u2068Language café 2\u2069");
    expect(rendered.text).toContain("\u2068Amina\u2069");
    // An Arabic title needs no isolation; nor does an English message.
    const arabicTitle = renderMessage(
      context({ locale: "ar", event: { ...context().event, title: "مقهى اللغة" } }),
    );
    expect(arabicTitle.subject).not.toContain("\u2068");
    expect(renderMessage(context()).text).not.toContain("\u2068");
  });

  it("never makes a link of an online address that is not a web address", () => {
    const rendered = renderMessage(
      context({ event: { ...context().event, onlineUrl: "javascript:alert(1)" } }),
    );
    expect(rendered.html).not.toContain('href="javascript:');
  });

  it("gives a reminder both answers as links", () => {
    const rendered = renderMessage(context({ kind: "reminder" }));
    expect(rendered.html).toContain(
      '<a href="https://hearth.example.org/r/confirm?sig=yes" class="button">Yes, I&#39;m coming</a>',
    );
    expect(rendered.html).toContain(
      '<a href="https://hearth.example.org/r/cancel?sig=no" class="button">I can&#39;t come — free my place</a>',
    );
    expect(rendered.text).toContain(
      "Yes, I'm coming:\nhttps://hearth.example.org/r/confirm?sig=yes",
    );
    expect(rendered.text).toContain(
      "I can't come — free my place:\nhttps://hearth.example.org/r/cancel?sig=no",
    );
  });

  it("shows times in the event's time zone, named, whatever the recipient's language", () => {
    expect(renderMessage(context()).text).toMatch(
      /When: Friday, (4 December|December 4), 2026,? 6:00\s*–\s*8:00\sPM Estonia Time/,
    );
    expect(renderMessage(context({ locale: "es" })).text).toMatch(/4 de diciembre de 2026.*18:00/);
    const newYork = renderMessage(
      context({ event: { ...context().event, timeZone: "America/New_York" } }),
    ).text;
    expect(newYork).toMatch(
      /When: Friday, (4 December|December 4), 2026,? 11:00\sAM\s*–\s*1:00\sPM (Eastern Time|ET)\n/,
    );
  });

  it("says what an event's time and place were before they changed", () => {
    const rendered = renderMessage(context({ kind: "event_changed" }));
    expect(rendered.text).toMatch(/\(was: Friday, .*5:00\s*–\s*7:00\sPM Estonia Time\)/);
    expect(rendered.text).toContain("Where: Central Library\n(was: Old Town Hall)");
    expect(rendered.html).toContain("was: <s>Old Town Hall</s>");
    const sameTime = renderMessage(
      context({
        kind: "event_changed",
        previous: { startsAt, endsAt: startsAt + 2 * hour, venue: "Old Town Hall" },
      }),
    );
    expect(sameTime.text).not.toMatch(/was: Friday/);
  });

  it("offers the feedback link after the event only when there is one", () => {
    expect(renderMessage(context({ kind: "thank_you" })).text).toContain(
      "https://forms.example.org/feedback",
    );
    const without = renderMessage(
      context({ kind: "thank_you", links: { ...context().links, feedback: null } }),
    );
    expect(without.text).not.toContain("Tell us what you think");
  });
});

describe("link result pages", () => {
  const outcomes = ["confirmed", "cancelled", "already_used", "expired", "invalid"] as const;

  it("writes a whole page for each outcome, in the person's language, without script", () => {
    for (const outcome of outcomes) {
      for (const locale of ["en", "es", "ar"]) {
        const page = renderLinkPage(outcome, locale, "en", {});
        expect(page).toMatch(/^<!doctype html>/);
        expect(page).toContain(`<html lang="${locale}" dir="${locale === "ar" ? "rtl" : "ltr"}">`);
        expect(page).toMatch(/<h1>[^<]+<\/h1>/);
        expect(page).not.toContain("<script");
      }
    }
    expect(renderLinkPage("confirmed", "en", "en", {})).toContain(
      "<h1>Thanks, see you tomorrow</h1>",
    );
    expect(renderLinkPage("invalid", "am", "es", {})).toContain("<h1>Este enlace no funciona</h1>");
  });

  it("names the event and links to the sign-up, escaped", () => {
    const page = renderLinkPage("cancelled", "en", "en", {
      eventTitle: "<i>Café</i>",
      manageUrl: "https://hearth.example.org/manage#token=abc",
    });
    expect(page).toContain("&lt;i&gt;Café&lt;/i&gt;");
    expect(page).toContain(
      '<a href="https://hearth.example.org/manage#token=abc">See your sign-up</a>',
    );
    expect(page).toContain("Thank you for telling us.");
  });
});
