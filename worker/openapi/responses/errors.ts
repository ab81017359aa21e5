import * as v from "valibot";
import type {
  ErrorCode,
  ErrorEnvelope,
  ErrorParams,
  FieldCode,
} from "../../../schema/contracts/errors.js";
import type { Expect, Same } from "../same-type.js";

/*
 * The one error envelope (`worker/http/errors.ts`), as a schema. The contract names the codes as
 * TypeScript unions only; the records below must hold each code exactly once, so a code added
 * there fails `tsc` here, naming the code to add.
 */

const errorCodes: Record<ErrorCode, true> = {
  bad_request: true,
  invalid_json: true,
  validation_failed: true,
  unauthorized: true,
  forbidden_origin: true,
  not_found: true,
  payload_too_large: true,
  unsupported_media_type: true,
  idempotency_key_required: true,
  idempotency_key_reused: true,
  event_not_open: true,
  signup_closed: true,
  party_too_large: true,
  slot_full: true,
  already_cancelled: true,
  rate_limited: true,
  invalid_credentials: true,
  session_expired: true,
  forbidden: true,
  version_conflict: true,
  capacity_below_taken: true,
  invitation_invalid: true,
  last_owner: true,
  invalid_state: true,
  offer_expired: true,
  already_in_series: true,
  not_a_network: true,
  has_members: true,
  own_network: true,
  not_implemented: true,
  internal: true,
};

export const errorCodeSchema = v.picklist(Object.keys(errorCodes) as ErrorCode[]);

const fieldCodes: Record<FieldCode, true> = {
  required: true,
  too_long: true,
  too_short: true,
  too_small: true,
  too_large: true,
  not_whole_number: true,
  invalid_email: true,
  invalid_format: true,
  invalid_choice: true,
  invalid_url: true,
  control_characters: true,
  invalid_date: true,
  invalid: true,
  reload: true,
  too_fast: true,
  leave_empty: true,
  party_empty: true,
  party_too_large: true,
  slot_unknown: true,
  pickup_required: true,
  wheelchair_too_many: true,
  offer_required: true,
  languages_required: true,
  contact_required: true,
  dishes_required: true,
  price_required: true,
  allergens_required: true,
  allergens_contradict: true,
  hygiene_required: true,
  hygiene_expiry_required: true,
  shift_duplicate: true,
  shift_unknown: true,
  shift_started: true,
  shift_held: true,
  shift_overlap: true,
  needs_food_hygiene: true,
  needs_driving_licence: true,
  needs_introduction: true,
  needs_min_age: true,
  minimum_above_capacity: true,
  role_unknown: true,
  shift_out_of_range: true,
  ends_before_start: true,
  starts_in_past: true,
  stop_unknown: true,
  in_use: true,
  password_weak: true,
  too_many: true,
  no_dates: true,
  not_repeatable: true,
  date_full: true,
  slug_reserved: true,
  level_out_of_range: true,
  mode_not_offered: true,
  region_required: true,
  lock_breaks_rule: true,
};

export const fieldCodeSchema = v.picklist(Object.keys(fieldCodes) as FieldCode[]);

const errorParams = v.pipe(
  v.record(v.string(), v.union([v.string(), v.number()])),
  v.readonly(),
  v.description("Values for the words of a code, e.g. `{ max: 500 }` for `too_long`."),
);

export const errorEnvelopeSchema = v.object({
  error: v.object({
    code: errorCodeSchema,
    message: v.pipe(
      v.string(),
      v.description("English, for developers and logs; show people words chosen by `code`."),
    ),
    params: v.optional(errorParams),
    fields: v.pipe(
      v.optional(v.record(v.string(), v.string())),
      v.description("Field path (dot-separated) → what is wrong with it, in English."),
    ),
    fieldCodes: v.pipe(
      v.optional(
        v.record(v.string(), v.object({ code: fieldCodeSchema, params: v.optional(errorParams) })),
      ),
      v.description("Field path → what is wrong with it as a code, for the reader's language."),
    ),
  }),
});

export type ErrorSchemasMatchContracts = [
  Expect<Same<v.InferOutput<typeof errorCodeSchema>, ErrorCode>>,
  Expect<Same<v.InferOutput<typeof fieldCodeSchema>, FieldCode>>,
  Expect<Same<v.InferOutput<typeof errorParams>, ErrorParams>>,
  Expect<Same<v.InferOutput<typeof errorEnvelopeSchema>, ErrorEnvelope>>,
];
