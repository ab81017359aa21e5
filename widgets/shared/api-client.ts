/**
 * The public widgets' typed fetch client: the error type and where requests go. Each resource's
 * calls live in a module of their own (`events-api.ts`, `registrations-api.ts`, …) and are imported
 * from there, never gathered here: a module re-exporting every call would make every widget's chunk
 * depend on every other widget's calls.
 */

export type { ApiErrorCode } from "./api-error.js";
export { ApiError } from "./api-error.js";
export type { RequestOptions } from "./api-request.js";
export { setApiOrigin } from "./api-request.js";
