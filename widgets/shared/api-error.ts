import type {
  ErrorCode,
  ErrorEnvelope,
  ErrorParams,
  FieldIssue,
} from "../../schema/contracts/errors.js";

/** `network` is ours: the request never got an answer (offline, blocked, DNS). */
export type ApiErrorCode = ErrorCode | "network";

/** An API failure in one typed shape, whatever went wrong on the way. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: Readonly<Record<string, string>> = {},
    /** Field path → what is wrong, as a code to word in the reader's language. */
    readonly fieldCodes: Readonly<Record<string, FieldIssue>> = {},
    /** Values for the words of `code`, e.g. when sign-up opens. */
    readonly params: ErrorParams = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The error as the API sent it, for a transport that received an envelope. */
  static from(status: number, { error }: ErrorEnvelope): ApiError {
    return new ApiError(
      status,
      error.code,
      error.message,
      error.fields,
      error.fieldCodes,
      error.params,
    );
  }
}

/** Whether a response body is Hearth's error envelope (`{ error: { code, message } }`). */
export function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === "object" && error !== null && "code" in error && "message" in error;
}
