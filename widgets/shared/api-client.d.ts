import type { ErrorCode } from "../../schema/contracts/errors.js";
import type { EventDetailResponse, EventKind, EventListResponse, OrganisationResponse } from "../../schema/contracts/events.js";
import type { RegistrationResponse, SignUpBody, SignUpResponse } from "../../schema/contracts/registrations.js";
/** `network` is ours: the request never got an answer (offline, blocked, DNS). */
export type ApiErrorCode = ErrorCode | "network";
/** An API failure in one typed shape, whatever went wrong on the way. */
export declare class ApiError extends Error {
    readonly status: number;
    readonly code: ApiErrorCode;
    readonly fields: Readonly<Record<string, string>>;
    constructor(status: number, code: ApiErrorCode, message: string, fields?: Readonly<Record<string, string>>);
}
export declare function setApiOrigin(origin: string): void;
export declare function getApiOrigin(): string;
export interface RequestOptions {
    /** Overrides the loader's origin, e.g. a widget's `api` attribute. */
    api?: string | undefined;
    signal?: AbortSignal | undefined;
}
export interface EventListFilter {
    kind?: EventKind | undefined;
    region?: string | undefined;
    lang?: string | undefined;
    limit?: number | undefined;
    cursor?: string | undefined;
}
export declare function getOrganisation(slug: string, options?: RequestOptions): Promise<OrganisationResponse>;
export declare function listEvents(slug: string, filter: EventListFilter, options?: RequestOptions): Promise<EventListResponse>;
export declare function getEvent(slug: string, eventId: string, lang: string, options?: RequestOptions): Promise<EventDetailResponse>;
/** `idempotencyKey` must be the same for retries of the same answers, so nobody is booked twice. */
export declare function signUp(slug: string, eventId: string, body: SignUpBody, idempotencyKey: string, options?: RequestOptions): Promise<SignUpResponse>;
export declare function getRegistration(id: string, token: string, options?: RequestOptions): Promise<RegistrationResponse>;
export declare function cancelRegistration(id: string, token: string, options?: RequestOptions): Promise<RegistrationResponse>;
export declare function eraseRegistration(id: string, token: string, options?: RequestOptions): Promise<RegistrationResponse>;
