import * as v from "valibot";

/*
 * Every error the API returns has one shape, `ErrorEnvelope`. Its schemas are the OpenAPI
 * document's (`worker/openapi/schemas.ts`) and its types are inferred from them, so the code
 * lists below are the one place a code is added.
 */

export const errorCodeSchema = v.picklist([
  "bad_request",
  "invalid_json",
  "validation_failed",
  "unauthorized",
  "forbidden_origin",
  "not_found",
  "payload_too_large",
  "unsupported_media_type",
  "idempotency_key_required",
  "idempotency_key_reused",
  "event_not_open",
  "signup_closed",
  "party_too_large",
  "slot_full",
  "already_cancelled",
  "rate_limited",
  "invalid_credentials",
  "session_expired",
  "forbidden",
  "version_conflict",
  "capacity_below_taken",
  "invitation_invalid",
  "last_owner",
  "invalid_state",
  "offer_expired",
  "already_in_series",
  "not_a_network",
  "has_members",
  "own_network",
  // A message to a Language Friend partner: the pair is over, the season shares addresses
  // instead, or the sender reached the daily limit (`params.limit`, `params.retryAfter` seconds).
  "pair_ended",
  "relay_off",
  "message_limit",
  "not_implemented",
  "internal",
]);
export type ErrorCode = v.InferOutput<typeof errorCodeSchema>;

/**
 * What is wrong with one field, as a code the widgets and the dashboard word in the reader's
 * language (the `fields` messages are English, for developers). Generic codes come from the
 * contracts' schemas; the others from rules the worker checks.
 */
export const fieldCodeSchema = v.picklist([
  "required",
  "too_long",
  "too_short",
  "too_small",
  "too_large",
  "not_whole_number",
  "invalid_email",
  "invalid_format",
  "invalid_choice",
  "invalid_url",
  "control_characters",
  "invalid_date",
  "invalid",
  "reload",
  "too_fast",
  "leave_empty",
  "party_empty",
  "party_too_large",
  "slot_unknown",
  "pickup_required",
  "wheelchair_too_many",
  "offer_required",
  "languages_required",
  "contact_required",
  "dishes_required",
  "price_required",
  "allergens_required",
  "allergens_contradict",
  "hygiene_required",
  "hygiene_expiry_required",
  "shift_duplicate",
  "shift_unknown",
  "shift_started",
  "shift_held",
  "shift_overlap",
  "needs_food_hygiene",
  "needs_driving_licence",
  "needs_introduction",
  "needs_min_age",
  "minimum_above_capacity",
  "role_unknown",
  "shift_out_of_range",
  "ends_before_start",
  "starts_in_past",
  "stop_unknown",
  "in_use",
  "password_weak",
  // Series: a rule that makes more dates than allowed, or none after the first.
  "too_many",
  "no_dates",
  "not_repeatable",
  // A sign-up for every date of a series: a date has no room for the party.
  "date_full",
  // An organisation's slug that Hearth's own addresses use (`schema/rules/organisation-slug.ts`).
  "slug_reserved",
  // Language Friend intake: a learner's level outside the season's, a way to meet it does not offer.
  "level_out_of_range",
  "mode_not_offered",
  "region_required",
  // A coordinator's lock on a pair that breaks a hard rule (`params.rule`).
  "lock_breaks_rule",
]);
export type FieldCode = v.InferOutput<typeof fieldCodeSchema>;

/** Values a code's words need, e.g. `{ max: 500 }` for `too_long`. */
const errorParamsSchema = v.pipe(
  v.record(v.string(), v.union([v.string(), v.number()])),
  v.readonly(),
  v.description("Values for the words of a code, e.g. `{ max: 500 }` for `too_long`."),
);
export type ErrorParams = v.InferOutput<typeof errorParamsSchema>;

export const fieldIssueSchema = v.object({
  code: fieldCodeSchema,
  params: v.optional(errorParamsSchema),
});
export type FieldIssue = v.InferOutput<typeof fieldIssueSchema>;

export const errorEnvelopeSchema = v.object({
  error: v.object({
    code: errorCodeSchema,
    // People see words chosen from `code` and `params`.
    message: v.pipe(
      v.string(),
      v.description("English, for developers and logs; show people words chosen by `code`."),
    ),
    // E.g. `{ capacity: 4 }` for `party_too_large`.
    params: v.optional(errorParamsSchema),
    fields: v.pipe(
      v.optional(v.record(v.string(), v.string())),
      v.description("Field path (dot-separated) → what is wrong with it, in English."),
    ),
    fieldCodes: v.pipe(
      v.optional(v.record(v.string(), fieldIssueSchema)),
      v.description("Field path → what is wrong with it as a code, for the reader's language."),
    ),
  }),
});
export type ErrorEnvelope = v.InferOutput<typeof errorEnvelopeSchema>;
