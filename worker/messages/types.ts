import type { messageKinds } from "../../schema/tables/outbox.js";

export type MessageKind = (typeof messageKinds)[number];

export interface MessageEvent {
  title: string;
  startsAt: number;
  endsAt: number;
  timeZone: string;
  venue: string | null;
  onlineUrl: string | null;
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
  links: {
    manage: string;
    calendar: string;
    confirm?: string;
    cancel?: string;
    feedback?: string | null;
  };
  cancelledBy?: "person" | "organiser";
  /** The organiser's words when they cancelled the event or a registration. */
  organiserMessage?: string | null;
  /** For event_changed: what it was. */
  previous?: { startsAt: number; endsAt: number; venue: string | null } | null;
  /** Festival cooks: the decision on their application, or the stall they got. */
  cook?: { status: "approved" | "waitlisted" | "declined"; stall?: string | null };
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

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  /** The language the message is written in, after fallback. */
  locale: string;
}
