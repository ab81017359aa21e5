import type { LocaleText } from "../../i18n/content.js";
import type { EventKind } from "../../schema/contracts/events.js";
import { firstRow } from "../db/first-row.js";

/** What an embed page and an oEmbed answer need: the organisation, and the event if one is named. */
export interface EmbedTarget {
  organisation: {
    slug: string;
    name: string;
    defaultLocale: string;
    allowedOrigins: string[];
    theme: Record<string, string>;
  };
  /** The published (or cancelled) event named in the address; null when none is or it is unknown. */
  event: { id: string; kind: EventKind; title: LocaleText } | null;
  /** The organisation's mentoring season named in the address (`findSeasonEmbedTarget` only). */
  season?: { id: string; name: LocaleText } | null;
}

interface StoredTarget {
  slug: string;
  name: string;
  defaultLocale: string;
  allowedOrigins: string;
  theme: string;
  eventId: string | null;
  eventKind: EventKind | null;
  eventTitle: string | null;
}

const columns = `o.slug, o.name, o.default_locale AS defaultLocale,
       o.allowed_origins AS allowedOrigins, o.theme,
       e.id AS eventId, e.kind AS eventKind, e.title AS eventTitle`;

/** A draft is nobody's to see; a cancelled event still shows, saying it is cancelled. */
const shownEvent = "e.status IN ('published', 'cancelled')";

function targetFrom(row: StoredTarget | null): EmbedTarget | null {
  if (!row) return null;
  return {
    organisation: {
      slug: row.slug,
      name: row.name,
      defaultLocale: row.defaultLocale,
      allowedOrigins: JSON.parse(row.allowedOrigins) as string[],
      theme: JSON.parse(row.theme) as Record<string, string>,
    },
    event:
      row.eventId && row.eventKind && row.eventTitle
        ? { id: row.eventId, kind: row.eventKind, title: JSON.parse(row.eventTitle) as LocaleText }
        : null,
  };
}

/**
 * The organisation with this slug and, when `eventId` is given, that event of it: one round
 * trip. Null when the organisation does not exist; `event` null when the event is not its.
 */
export async function findEmbedTarget(
  db: D1Database,
  slug: string,
  eventId: string | null,
): Promise<EmbedTarget | null> {
  const row = await firstRow<StoredTarget>(
    db
      .prepare(
        `SELECT ${columns}
           FROM organisations o
           LEFT JOIN events e ON e.organisation_id = o.id AND e.id = ?2 AND ${shownEvent}
          WHERE o.slug = ?1`,
      )
      .bind(slug, eventId),
  );
  return targetFrom(row);
}

/**
 * The event behind a short link (`/e/:code`) with its organisation, in one round trip. The code is
 * the event's id, or its id without the `evt_` every generated id starts with, as the event pages
 * write it (`worker/event-pages/short-link.ts`).
 */
export async function findEventTarget(db: D1Database, code: string): Promise<EmbedTarget | null> {
  const row = await firstRow<StoredTarget>(
    db
      .prepare(
        `SELECT ${columns}
           FROM events e
           JOIN organisations o ON o.id = e.organisation_id
          WHERE e.id IN (?1, 'evt_' || ?1) AND ${shownEvent}
          ORDER BY e.id = ?1 DESC LIMIT 1`,
      )
      .bind(code),
  );
  return targetFrom(row);
}

/**
 * The organisation with this slug and its mentoring season `seasonId`, in one round trip: null
 * when the organisation does not exist, `season` null when the season is not its (a season whose
 * intake closed still shows: the widget says so).
 */
export async function findSeasonEmbedTarget(
  db: D1Database,
  slug: string,
  seasonId: string,
): Promise<EmbedTarget | null> {
  const row = await firstRow<
    Omit<StoredTarget, "eventId" | "eventKind" | "eventTitle"> & {
      seasonId: string | null;
      seasonName: string | null;
    }
  >(
    db
      .prepare(
        `SELECT o.slug, o.name, o.default_locale AS defaultLocale,
                o.allowed_origins AS allowedOrigins, o.theme,
                s.id AS seasonId, s.name AS seasonName
           FROM organisations o
           LEFT JOIN mentoring_seasons s ON s.organisation_id = o.id AND s.id = ?2
          WHERE o.slug = ?1`,
      )
      .bind(slug, seasonId),
  );
  const target = targetFrom(row && { ...row, eventId: null, eventKind: null, eventTitle: null });
  if (!target || !row) return null;
  const season =
    row.seasonId && row.seasonName
      ? { id: row.seasonId, name: JSON.parse(row.seasonName) as LocaleText }
      : null;
  return { ...target, season };
}
