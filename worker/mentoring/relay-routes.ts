import { Hono } from "hono";
import type { RelayMessageResponse } from "../../schema/contracts/mentoring.js";
import { relayMessageBodySchema, relayMessagesPerDay } from "../../schema/contracts/mentoring.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";
import { limitBody, requireJson } from "../http/json-body.js";
import { validate } from "../http/validate.js";
import { newId } from "../lib/crypto.js";
import { authorisedWrite } from "./manage-routes.js";
import type { RelayPairRow } from "./relay-queries.js";
import { findRelayPair, relayMessageStatements, relayWindowMs } from "./relay-queries.js";

const notYourPair = () => new ApiError(404, "not_found", "We could not find this partner.");
const pairEnded = () => new ApiError(409, "pair_ended", "This pair is not running any more.");

/** Why a message cannot go to this pair's partner now, or null when it can. */
function refusal(pair: RelayPairRow, now: number): ApiError | null {
  if (pair.state !== "published" || pair.seasonEndsOn <= now) {
    return pairEnded();
  }
  if (pair.contact !== "relay") {
    return new ApiError(
      409,
      "relay_off",
      "This season gives partners each other's email address: write to them by email.",
    );
  }
  if (pair.sentInWindow >= relayMessagesPerDay) {
    // The limit frees a place when the oldest message of the last 24 hours turns a day old.
    const retryAfter = Math.max(
      1,
      Math.ceil(((pair.oldestInWindow ?? now) + relayWindowMs - now) / 1000),
    );
    return new ApiError(
      429,
      "message_limit",
      `You can send ${relayMessagesPerDay} messages in 24 hours. Try again later.`,
      undefined,
      { limit: relayMessagesPerDay, retryAfter },
    ).withHeaders({ "Retry-After": String(retryAfter) });
  }
  return null;
}

/**
 * A mentor or learner writes to their partner from their own page (`contact: relay` seasons):
 * Hearth emails the words to the partner in the partner's language, with neither address, and a
 * link to the partner's own page to answer the same way. Only for the person's own running pair,
 * at most `relayMessagesPerDay` in any 24 hours; the words are not stored beside the record.
 */
export const mentoringRelayRoutes = new Hono<AppEnv>().post(
  "/people/:id/messages",
  requireJson,
  limitBody,
  validate("json", relayMessageBodySchema),
  async (c) => {
    const person = await authorisedWrite(c);
    const { pairId, text } = c.req.valid("json");
    const db = c.var.db;
    const now = Date.now();
    const pair = await findRelayPair(db, person.id, pairId, now);
    if (!pair) throw notYourPair();
    const before = refusal(pair, now);
    if (before) throw before;
    const id = newId("mrm");
    const [recorded] = await db.batch(
      relayMessageStatements(db, { id, senderId: person.id, pairId, text, now }),
    );
    if (!recorded?.meta.changes) {
      // Something changed since the read (the pair ended, another message took the last place,
      // the partner erased their data): the same rules say what, read again.
      const again = await findRelayPair(db, person.id, pairId, now);
      throw (again ? refusal(again, now) : notYourPair()) ?? pairEnded();
    }
    c.set("messagesQueued", true);
    c.header("Cache-Control", "no-store");
    return c.json<RelayMessageResponse, 201>(
      { leftToday: Math.max(0, relayMessagesPerDay - (pair.sentInWindow + 1)) },
      201,
    );
  },
);
