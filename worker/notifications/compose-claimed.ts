import { applicationsFrom, applicationsStatement } from "../festivals/application-queries.js";
import {
  composeMentoringMessage,
  mentoringMessagesFrom,
  mentoringMessagesStatement,
} from "../mentoring/compose-mentoring.js";
import type { Composed } from "./compose.js";
import { composeCookMessage, composeDigest, composeRegistrationMessage } from "./compose.js";
import type { ClaimedMessage } from "./delivery-queries.js";
import {
  digestDataFrom,
  digestDataStatements,
  registrationMessageDataFrom,
  registrationMessageDataStatement,
} from "./message-context-queries.js";

/** Composing one message: its content, null when there is nobody to write to, or why it broke. */
export type Composing = { composed: Composed | null } | { error: unknown };

interface Settings {
  origin: string;
  secret: string;
  now: number;
}

const payloadOf = (message: ClaimedMessage) =>
  JSON.parse(message.payload) as Record<string, unknown>;

/** A digest's period, or null when its payload is broken (it then fails alone, not the batch). */
function digestPeriod(message: ClaimedMessage): { since: number; until: number } | null {
  try {
    const payload = payloadOf(message);
    return { since: Number(payload.since), until: Number(payload.until) };
  } catch {
    return null;
  }
}

/**
 * Composes every claimed message from one D1 round trip: one batch reads the people of all the
 * registrations, all the cook applications and each digest (two statements per digest), however
 * many messages were claimed. A message that cannot be composed is reported on its own, so the
 * others still go out.
 */
export async function composeClaimed(
  db: D1Database,
  messages: readonly ClaimedMessage[],
  settings: Settings,
): Promise<Composing[]> {
  const registrationIds = [
    ...new Set(messages.flatMap((message) => message.registration_id ?? [])),
  ];
  const applicationIds = [...new Set(messages.flatMap((message) => message.application_id ?? []))];
  const digests = messages.flatMap((message) => {
    const period = message.kind === "digest" && message.user_id ? digestPeriod(message) : null;
    return period ? [{ message, period }] : [];
  });
  const digestReads = digests.map(({ message, period }) =>
    digestDataStatements(db, {
      userId: message.user_id!,
      organisationId: message.organisation_id,
      ...period,
    }),
  );
  const mentoring = messages.flatMap((message) => {
    if (!message.mentoring_person_id) return [];
    const pairId = (() => {
      try {
        const value = payloadOf(message).pairId;
        return typeof value === "string" ? value : null;
      } catch {
        return null;
      }
    })();
    return [{ id: message.id, personId: message.mentoring_person_id, pairId }];
  });
  const statements = [
    ...(mentoring.length > 0 ? [mentoringMessagesStatement(db, mentoring)] : []),
    ...(registrationIds.length > 0 ? [registrationMessageDataStatement(db, registrationIds)] : []),
    ...(applicationIds.length > 0 ? [applicationsStatement(db, applicationIds)] : []),
    ...digestReads.flat(),
  ];
  const results = statements.length > 0 ? await db.batch(statements) : [];
  let next = 0;
  const mentoringRows = mentoring.length > 0 ? mentoringMessagesFrom(results[next++]!) : new Map();
  const registrations =
    registrationIds.length > 0 ? registrationMessageDataFrom(results[next++]!) : new Map();
  const applications = applicationIds.length > 0 ? applicationsFrom(results[next++]!) : new Map();
  const digestData = new Map(
    digests.map(({ message }, index) => [
      message.id,
      digestDataFrom(results[next + 2 * index]!, results[next + 2 * index + 1]!),
    ]),
  );

  return Promise.all(
    messages.map(async (message): Promise<Composing> => {
      try {
        const payload = payloadOf(message);
        if (message.kind === "digest") {
          const data = digestData.get(message.id);
          return {
            composed: data && data.events.length > 0 ? composeDigest(data, settings) : null,
          };
        }
        if (message.mentoring_person_id) {
          const row = mentoringRows.get(message.id);
          return {
            composed: row
              ? await composeMentoringMessage(message.kind, row, settings, payload)
              : null,
          };
        }
        if (message.application_id) {
          const application = applications.get(message.application_id);
          return {
            composed: application
              ? await composeCookMessage(message.kind, application, payload, settings)
              : null,
          };
        }
        const data = message.registration_id && registrations.get(message.registration_id);
        return {
          composed: data
            ? await composeRegistrationMessage(message.kind, data, payload, settings)
            : null,
        };
      } catch (error) {
        return { error };
      }
    }),
  );
}
