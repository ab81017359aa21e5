import { resolveText } from "../../i18n/content.js";
import type { LocaleText } from "../../schema/contracts/locale-text.js";
import type { MeetingMode } from "../../schema/rules/mentoring/pair-fit.js";
import type { Composed } from "../notifications/compose.js";
import type { MessageKind } from "../messages/render.js";
import { deriveManageToken } from "../registrations/manage-token.js";
import { intakeManageUrl } from "./public-season.js";
import { checkInLink, checkInLinkLifetimeMs } from "./check-in-link.js";

/** A mentor or learner with their season, as a message about them needs it. */
export interface MentoringMessageRow {
  id: string;
  role: "mentor" | "learner";
  firstName: string;
  email: string | null;
  locale: string;
  modes: string;
  region: string | null;
  erasedAt: number | null;
  seasonName: string;
  practisedLanguage: string;
  startsOn: number;
  endsOn: number;
  timeZone: string;
  contact: "relay" | "email";
  organisationName: string;
  defaultLocale: string;
  /** The pair the message names (an introduction, a check-in), and its partner. */
  pairId: string | null;
  partnerName: string | null;
  partnerModes: string | null;
  partnerRegion: string | null;
  partnerEmail: string | null;
}

/**
 * One statement reading every claimed message's person, season and — for an introduction — the
 * partner of the pair named in its payload (`pairs`: message id → pair id, as JSON).
 */
export function mentoringMessagesStatement(
  db: D1Database,
  messages: readonly { id: string; personId: string; pairId: string | null }[],
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT m.value ->> 'id' AS messageId, p.id, p.role, p.first_name AS firstName, p.email, p.locale,
              p.modes, p.region, p.erased_at AS erasedAt, s.name AS seasonName,
              s.practised_language AS practisedLanguage, s.starts_on AS startsOn, s.ends_on AS endsOn,
              s.time_zone AS timeZone, s.contact, o.name AS organisationName,
              o.default_locale AS defaultLocale, x.id AS pairId,
              partner.first_name AS partnerName, partner.modes AS partnerModes,
              partner.region AS partnerRegion, partner.email AS partnerEmail
         FROM json_each(?1) m
         JOIN mentoring_people p ON p.id = m.value ->> 'personId'
         JOIN mentoring_seasons s ON s.id = p.season_id
         JOIN organisations o ON o.id = p.organisation_id
         LEFT JOIN mentoring_pairs x ON x.id = m.value ->> 'pairId'
         LEFT JOIN mentoring_people partner
                ON partner.id = CASE WHEN x.mentor_id = p.id THEN x.learner_id ELSE x.mentor_id END`,
    )
    .bind(JSON.stringify(messages));
}

export function mentoringMessagesFrom(result: D1Result): Map<string, MentoringMessageRow> {
  return new Map(
    (result.results as (MentoringMessageRow & { messageId: string })[]).map((row) => [
      row.messageId,
      row,
    ]),
  );
}

/** What a relayed message carries: the partner's words (emptied once sent, or by erasure). */
function relayedText(kind: MessageKind, payload: Record<string, unknown>): string | null {
  if (kind !== "mentoring_relay") return null;
  return typeof payload.text === "string" ? payload.text : "";
}

/**
 * The message to a mentor or learner; null when there is nobody to write to any more (or, for a
 * relayed message, nobody it came from and nothing to pass on).
 */
export async function composeMentoringMessage(
  kind: MessageKind,
  row: MentoringMessageRow,
  settings: { origin: string; secret: string },
  payload: Record<string, unknown> = {},
): Promise<Composed | null> {
  if (!row.email || row.erasedAt !== null) return null;
  if (kind !== "mentoring_received" && row.partnerName === null) return null;
  const relayed = relayedText(kind, payload);
  if (relayed !== null && (relayed === "" || row.partnerName === "")) return null;
  const season = resolveText(
    JSON.parse(row.seasonName) as LocaleText,
    row.locale,
    row.defaultLocale,
  );
  const token = await deriveManageToken(settings.secret, row.id);
  const own = JSON.parse(row.modes) as MeetingMode[];
  const theirs = row.partnerModes ? (JSON.parse(row.partnerModes) as MeetingMode[]) : [];
  const shared = own.filter(
    (mode) => theirs.includes(mode) && (mode !== "in_person" || row.region === row.partnerRegion),
  );
  return {
    to: row.email,
    attachments: [],
    context: {
      kind,
      locale: row.locale,
      fallbackLocale: row.defaultLocale,
      organisationName: row.organisationName,
      recipientName: row.firstName,
      event: {
        title: season.text,
        startsAt: row.startsOn,
        endsAt: row.endsOn,
        timeZone: row.timeZone,
        venue: null,
        onlineUrl: null,
      },
      party: { adults: 0, children: 0 },
      shortCode: null,
      position: null,
      links: {
        manage: intakeManageUrl(settings.origin, row.id, token),
        calendar: "",
        feedback:
          kind === "mentoring_check_in" && row.pairId
            ? await checkInLink(settings.origin, settings.secret, {
                personId: row.id,
                pairId: row.pairId,
                expiresAt: Date.now() + checkInLinkLifetimeMs,
              })
            : null,
      },
      mentoring: {
        role: row.role,
        practisedLanguage: row.practisedLanguage,
        ...(row.partnerName !== null
          ? {
              partner: {
                firstName: row.partnerName,
                modes: shared,
                region: row.region,
                // A relayed message never carries the sender's address, whatever the season.
                email: row.contact === "email" && relayed === null ? row.partnerEmail : null,
              },
            }
          : {}),
        ...(relayed !== null ? { relayedText: relayed } : {}),
      },
    },
  };
}
