import type { ResolvedText } from "../../i18n/content.js";
import type { messageKinds } from "../../schema/tables/outbox.js";

export type MessageKind = (typeof messageKinds)[number];

export interface MessageEvent {
  title: string;
  startsAt: number;
  endsAt: number;
  timeZone: string;
  venue: string | null;
  onlineUrl: string | null;
  /** What to bring, in the reader's language (through the content fallback); null when not set. */
  whatToBring?: ResolvedText | null;
  /** Who to call on the day: a name and a phone number. */
  dayContact?: string | null;
}

export interface MessageContext {
  kind: MessageKind;
  /** The recipient's chosen locale. */
  locale: string;
  /** The organisation's default locale. */
  fallbackLocale: string;
  organisationName: string;
  /** May be a nickname. */
  recipientName: string;
  /** Title already resolved in the best locale. */
  event: MessageEvent;
  party: { adults: number; children: number };
  /** Door code. */
  shortCode: string | null;
  /** Waitlist position (waitlisted). */
  position: number | null;
  /** Offers of a freed place: until when it is held (or was, once it ran out). */
  offerExpiresAt?: number | null;
  /** Set when freed places are offered for a while: a waitlisted person must then answer in time. */
  waitlistOfferHours?: number | null;
  /** A sign-up for every date of a series: the other dates, each with its own manage link. */
  seriesDates?: { startsAt: number; manage: string }[];
  links: {
    manage: string;
    calendar: string;
    confirm?: string;
    cancel?: string;
    /** An offer of a freed place: take it, or give it to the next person. */
    accept?: string;
    decline?: string;
    feedback?: string | null;
  };
  cancelledBy?: "person" | "organiser";
  /**
   * The organiser's words (a cancellation, a decision, a note to a shift) in the recipient's
   * language when written in it, through the content fallback otherwise.
   */
  organiserMessage?: ResolvedText | null;
  /** A confirmation (or waitlist message) sent again because the person changed their booking. */
  changed?: boolean;
  /** For event_changed: what it was. */
  previous?: { startsAt: number; endsAt: number; venue: string | null } | null;
  /** A visit sign-up: what this kind of sign-up (group, host, interpreter) needs to be told. */
  visit?: MessageVisit | null;
  /** Festival cooks: the decision on their application, or the stall they got. */
  cook?: { status: "approved" | "waitlisted" | "declined"; stall?: string | null };
  /** Language Friends: the season, the person's role and, in an introduction, their partner. */
  mentoring?: MessageMentoring;
  digest?: {
    date: string;
    events: {
      title: string;
      newSignUps: number;
      confirmedPeople: number;
      waitlistedPeople: number;
    }[];
    dashboardUrl: string;
  };
}

export interface MessageMentoring {
  role: "mentor" | "learner";
  /** The practised language's code (e.g. `et`), named in the reader's language. */
  practisedLanguage: string;
  partner?: {
    firstName: string;
    modes: ("online" | "phone" | "in_person")[];
    region: string | null;
    /** Only where the season shares addresses (`contact: email`). */
    email: string | null;
  };
  /** A message the partner wrote on their page, passed on by Hearth (plain text, as they wrote it). */
  relayedText?: string;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  /** The language the message is written in, after fallback. */
  locale: string;
}

/** A visit's places with their words already in the reader's language. */
export interface MessageVisit {
  audience: "visitor" | "host" | "interpreter";
  /** Language codes: the group's, or the languages an interpreter works in. */
  languages: string[];
  offer: string | null;
  pickup: { place: string; at: number } | null;
  stop: { place: string; at: number } | null;
  meetingPoint: { place: string; at: number } | null;
  outline: { place: string; at: number }[];
  groups: { people: number; languages: string[] };
}
