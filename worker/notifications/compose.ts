import { resolveText, resolveWords } from "../../i18n/content.js";
import type { ResolvedText } from "../../i18n/content.js";
import { renderCalendar } from "../lib/ics.js";
import { deriveManageToken, manageUrl } from "../registrations/manage-token.js";
import { eventCalendarUrl } from "../events/public-event.js";
import {
  registrationCalendarEntry,
  registrationCalendarUrl,
} from "../registrations/registration-calendar.js";
import type { MailAttachment } from "../mail/mime.js";
import type { MessageContext, MessageKind } from "../messages/render.js";
import type { MessageVisit } from "../messages/types.js";
import type { ApplicationRow } from "../festivals/application-queries.js";
import type {
  DigestData,
  RegistrationMessageData,
  VisitMessageData,
  VisitPickup,
  VisitStop,
} from "./message-context-queries.js";
import { signedLink } from "./signed-links.js";

/**
 * The organiser's words for one recipient: queued per language (`LocaleText`); a plain string
 * (queued before messages had languages) is in the organisation's language.
 */
function wordsFor(queued: unknown, locale: string, defaultLocale: string): ResolvedText | null {
  if (typeof queued === "string")
    return resolveWords({ [defaultLocale]: queued }, locale, defaultLocale);
  if (queued === null || typeof queued !== "object") return null;
  const words = Object.fromEntries(
    Object.entries(queued).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
  return resolveWords(words, locale, defaultLocale);
}

/** A visit sign-up's places, named in the reader's language (pick-up points have one name). */
function messageVisit(visit: VisitMessageData, locale: string, fallback: string): MessageVisit {
  const named = (pickup: VisitPickup | null) =>
    pickup && {
      place: [pickup.name, pickup.address].filter(Boolean).join(", "),
      at: pickup.at,
    };
  const stop = (value: VisitStop) => ({
    place: resolveText(value.place, locale, fallback).text,
    at: value.at,
  });
  return {
    audience: visit.audience,
    languages: visit.languages,
    offer: visit.offer,
    pickup: named(visit.pickup),
    stop: visit.stop && stop(visit.stop),
    meetingPoint: named(visit.meetingPoint),
    outline: visit.outline.map(stop),
    groups: visit.groups,
  };
}

/** How long after a visit its feedback form stays open. */
const feedbackDays = 30;

export interface Composed {
  to: string;
  context: MessageContext;
  attachments: MailAttachment[];
}

/** Kinds that carry a calendar file, and whether it adds or removes the entry. */
const calendarKinds: Partial<Record<MessageKind, "PUBLISH" | "CANCEL">> = {
  confirmed: "PUBLISH",
  promoted: "PUBLISH",
  event_changed: "PUBLISH",
  cancelled: "CANCEL",
};

/**
 * The context and attachments of a message about a registration, in the person's language, or
 * null when there is nobody to write to (no email, or their data was erased).
 */
export async function composeRegistrationMessage(
  kind: MessageKind,
  data: RegistrationMessageData,
  payload: Record<string, unknown>,
  settings: { origin: string; secret: string; now: number },
): Promise<Composed | null> {
  if (!data.email || data.erasedAt !== null) return null;
  const title = resolveText(data.title, data.locale, data.defaultLocale);
  const venue = [data.venueName, data.venueAddress].filter(Boolean).join(", ") || null;
  const token = await deriveManageToken(settings.secret, data.registrationId);
  const expiresAt = data.startsAt;
  const links: MessageContext["links"] = {
    manage: manageUrl(settings.origin, data.registrationId, token),
    // The person's own entry, with the UID of the invites this and later messages carry.
    calendar: await registrationCalendarUrl(settings.origin, settings.secret, data.registrationId),
    feedback: data.feedbackUrl,
  };
  if (kind === "thank_you" && data.eventKind === "visit") {
    // Visits ask everyone who took part (groups, hosts, interpreters) with our own short form.
    links.feedback = await signedLink(settings.origin, settings.secret, {
      action: "feedback",
      registrationId: data.registrationId,
      expiresAt: data.endsAt + feedbackDays * 24 * 60 * 60 * 1000,
    });
  }
  if (kind === "reminder") {
    const link = (action: "confirm" | "cancel") =>
      signedLink(settings.origin, settings.secret, {
        action,
        registrationId: data.registrationId,
        expiresAt,
      });
    links.confirm = await link("confirm");
    links.cancel = await link("cancel");
  }
  if (kind === "offered" && data.status === "offered" && data.offerExpiresAt !== null) {
    // Good until the offer runs out, and for this offer only (a later one has its own deadline).
    const offerLink = (action: "accept" | "decline") =>
      signedLink(settings.origin, settings.secret, {
        action,
        registrationId: data.registrationId,
        expiresAt: data.offerExpiresAt!,
      });
    links.accept = await offerLink("accept");
    links.decline = await offerLink("decline");
  }
  const seriesDates = Array.isArray(payload.seriesRegistrations)
    ? await Promise.all(
        (payload.seriesRegistrations as { id: string; startsAt: number }[]).map(async (date) => ({
          startsAt: date.startsAt,
          manage: manageUrl(
            settings.origin,
            date.id,
            await deriveManageToken(settings.secret, date.id),
          ),
        })),
      )
    : undefined;
  const context: MessageContext = {
    kind,
    seriesDates,
    visit: data.visit && messageVisit(data.visit, data.locale, data.defaultLocale),
    locale: data.locale,
    fallbackLocale: data.defaultLocale,
    organisationName: data.organisationName,
    recipientName: data.name,
    event: {
      title: title.text,
      startsAt: data.startsAt,
      endsAt: data.endsAt,
      timeZone: data.timeZone,
      venue,
      onlineUrl: data.onlineUrl,
      whatToBring: resolveWords(data.whatToBring, data.locale, data.defaultLocale),
      dayContact: data.dayContact,
    },
    party: { adults: data.adults, children: data.children },
    shortCode: data.shortCode,
    position: data.position,
    offerExpiresAt: data.offerExpiresAt,
    waitlistOfferHours: data.waitlistOfferHours,
    links,
    cancelledBy: payload.cancelledBy === "organiser" ? "organiser" : "person",
    // Cancellations carry `organiserMessage`; a coordinator's note to a shift carries `message`.
    organiserMessage: wordsFor(
      payload.organiserMessage ?? payload.message,
      data.locale,
      data.defaultLocale,
    ),
    previous: (payload.previous as MessageContext["previous"]) ?? null,
    changed: payload.changed === true,
  };
  const method = calendarKinds[kind];
  const host = new URL(settings.origin).hostname;
  const attachments: MailAttachment[] = method
    ? [
        {
          filename: "invite.ics",
          contentType: `text/calendar; charset=utf-8; method=${method}`,
          content: renderCalendar(
            [registrationCalendarEntry(data, host, { cancelled: method === "CANCEL" })],
            { now: settings.now, method },
          ),
        },
      ]
    : [];
  return { to: data.email, context, attachments };
}

/** An organiser's daily digest. */
export function composeDigest(
  data: DigestData,
  settings: { origin: string; now: number },
): Composed {
  return {
    to: data.email,
    attachments: [],
    context: {
      kind: "digest",
      locale: data.locale,
      fallbackLocale: data.defaultLocale,
      organisationName: data.organisationName,
      recipientName: data.displayName,
      event: {
        title: "",
        startsAt: settings.now,
        endsAt: settings.now,
        timeZone: "UTC",
        venue: null,
        onlineUrl: null,
      },
      party: { adults: 0, children: 0 },
      shortCode: null,
      position: null,
      links: { manage: `${settings.origin}/admin/`, calendar: `${settings.origin}/admin/` },
      digest: {
        date: new Date(settings.now).toISOString().slice(0, 10),
        dashboardUrl: `${settings.origin}/admin/`,
        events: data.events.map((event) => ({
          title: resolveText(event.title, data.locale, data.defaultLocale).text,
          newSignUps: event.newSignUps,
          confirmedPeople: event.confirmedPeople,
          waitlistedPeople: event.waitlistedPeople,
        })),
      },
    },
  };
}

/** Manage link of a cook's application: the widget page that resumes it. */
export function applicationManageUrl(origin: string, applicationId: string, token: string): string {
  return `${origin}/cook/?application=${encodeURIComponent(applicationId)}#token=${token}`;
}

/** A message to a festival cook: received, the decision (with the organisers' words), their stall. */
export async function composeCookMessage(
  kind: MessageKind,
  data: ApplicationRow,
  payload: Record<string, unknown>,
  settings: { origin: string; secret: string },
): Promise<Composed | null> {
  if (!data.email || data.erasedAt !== null) return null;
  const title = resolveText(data.festival.title, data.locale, data.festival.defaultLocale);
  const token = await deriveManageToken(settings.secret, data.id);
  const status = payload.status;
  return {
    to: data.email,
    attachments: [],
    context: {
      kind,
      locale: data.locale,
      fallbackLocale: data.festival.defaultLocale,
      organisationName: data.festival.organisationName,
      recipientName: data.displayName,
      event: {
        title: title.text,
        startsAt: data.festival.startsAt,
        endsAt: data.festival.endsAt,
        timeZone: data.festival.timeZone,
        venue: null,
        onlineUrl: null,
      },
      party: { adults: 0, children: 0 },
      shortCode: null,
      position: null,
      links: {
        manage: applicationManageUrl(settings.origin, data.id, token),
        calendar: eventCalendarUrl(
          settings.origin,
          data.festival.organisationSlug,
          data.eventId,
          data.locale,
        ),
      },
      organiserMessage: wordsFor(payload.message, data.locale, data.festival.defaultLocale),
      cook: {
        status: status === "waitlisted" || status === "declined" ? status : "approved",
        stall: typeof payload.stall === "string" ? payload.stall : null,
      },
    },
  };
}
