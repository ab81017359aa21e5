/** Every error the API returns has this one shape. */
export type ErrorCode =
  | "bad_request"
  | "invalid_json"
  | "validation_failed"
  | "unauthorized"
  | "forbidden_origin"
  | "not_found"
  | "payload_too_large"
  | "unsupported_media_type"
  | "idempotency_key_required"
  | "idempotency_key_reused"
  | "event_not_open"
  | "signup_closed"
  | "party_too_large"
  | "slot_full"
  | "already_cancelled"
  | "rate_limited"
  | "invalid_credentials"
  | "session_expired"
  | "forbidden"
  | "version_conflict"
  | "capacity_below_taken"
  | "invitation_invalid"
  | "last_owner"
  | "invalid_state"
  | "internal";

export interface ErrorEnvelope {
  error: {
    code: ErrorCode;
    message: string;
    /** Field path (dot-separated) → what is wrong with it, in plain words. */
    fields?: Record<string, string>;
  };
}
