import type * as v from "valibot";
import type { SchemaName } from "./schemas.js";

/** What `operations.ts` says about each public route, and the pieces its lists share. */

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;

export interface Answer {
  status: 200 | 201 | 204;
  description: string;
  /**
   * JSON answers name their schema; a calendar file or a page gives its media type, and JSON no
   * schema describes (this document itself) `application/json`. Null: no body.
   */
  body: SchemaName | "text/calendar" | "text/html" | "application/json" | null;
}

export interface Operation {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  operationId: string;
  tag:
    | "Service"
    | "Organisations"
    | "Events"
    | "Networks"
    | "Sign-ups"
    | "Volunteers"
    | "Food festivals"
    | "Mentoring";
  summary: string;
  description?: string;
  /** The contract the route validates its query string with. */
  query?: v.ObjectSchema<v.ObjectEntries, undefined>;
  /** The route's body contract (`application/json`). */
  body?: SchemaName;
  /**
   * A public read with `ETag` and `If-None-Match` (304): `true` answered from the public cache
   * (short `Cache-Control`), `"fresh"` never from a cache (`no-cache`: changes show at once).
   */
  publicRead?: true | "fresh";
  /** Needs the manage link's token as `Authorization: Bearer …`. */
  manageToken?: true;
  /** A write checked against the organisation's allowed websites by its `Origin`. */
  origin?: true;
  /** Needs an `Idempotency-Key`: a retry with the same key gets the first answer (200). */
  idempotent?: true;
  answers: Answer[];
  errors: ErrorStatus[];
}

export const json = (status: Answer["status"], body: SchemaName, description: string): Answer => ({
  status,
  description,
  body,
});
export const calendarFile: Answer = {
  status: 200,
  description: "An iCalendar file.",
  body: "text/calendar",
};

/** The checks every JSON write passes: media type, size, contract, rate limit. */
export const writeErrors: ErrorStatus[] = [403, 404, 409, 413, 415, 422, 429];
export const signUpErrors: ErrorStatus[] = [400, ...writeErrors];
export const manageErrors: ErrorStatus[] = [401, 403, 404];
