import type {
  ErrorCode,
  ErrorEnvelope,
  ErrorParams,
  FieldIssue,
} from "../../schema/contracts/errors.js";
import type {
  EventDetailResponse,
  EventKind,
  EventListResponse,
} from "../../schema/contracts/events.js";
import type {
  ApplicationExport,
  ApplicationInput,
  ApplicationResponse,
  MenuResponse,
} from "../../schema/contracts/festivals.js";
import type {
  RegistrationResponse,
  SignUpBody,
  SignUpResponse,
} from "../../schema/contracts/registrations.js";
import type {
  ShiftsResponse,
  VolunteerExport,
  VolunteerResponse,
  VolunteerSignUp,
} from "../../schema/contracts/volunteers.js";

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

/*
 * Chunks are served from the same origin as embed.js, so their own URL is the right default
 * even before the loader calls setApiOrigin().
 */
let apiOrigin = new URL(import.meta.url).origin;

export function setApiOrigin(origin: string): void {
  apiOrigin = new URL(origin).origin;
}

export interface RequestOptions {
  /** Overrides the loader's origin, e.g. a widget's `api` attribute. */
  api?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Places change while a page is open: ask the server, not the browser's cached copy. */
  fresh?: boolean | undefined;
}

function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === "object" && error !== null && "code" in error && "message" in error;
}

async function request<T>(path: string, init: RequestInit, options: RequestOptions): Promise<T> {
  const url = new URL(path, options.api ? new URL(options.api).origin : apiOrigin);
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      signal: options.signal ?? null,
      ...(options.fresh ? { cache: "no-cache" as const } : {}),
      // The public API never uses cookies; don't send the host page's.
      credentials: "omit",
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "network", "network");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (isErrorEnvelope(body)) {
      throw ApiError.from(response.status, body);
    }
    throw new ApiError(response.status, "internal", response.statusText);
  }
  return body as T;
}

const org = (slug: string) => `/api/v1/orgs/${encodeURIComponent(slug)}`;
const registration = (id: string) => `/api/v1/registrations/${encodeURIComponent(id)}`;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export interface EventListFilter {
  kind?: EventKind | undefined;
  region?: string | undefined;
  lang?: string | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export function listEvents(slug: string, filter: EventListFilter, options: RequestOptions = {}) {
  return request<EventListResponse>(`${org(slug)}/events${query({ ...filter })}`, {}, options);
}

export function getEvent(
  slug: string,
  eventId: string,
  lang: string,
  options: RequestOptions = {},
) {
  return request<EventDetailResponse>(
    `${org(slug)}/events/${encodeURIComponent(eventId)}${query({ lang })}`,
    {},
    options,
  );
}

/** `idempotencyKey` must be the same for retries of the same answers, so nobody is booked twice. */
export function signUp(
  slug: string,
  eventId: string,
  body: SignUpBody,
  idempotencyKey: string,
  options: RequestOptions = {},
) {
  return request<SignUpResponse>(
    `${org(slug)}/events/${encodeURIComponent(eventId)}/registrations`,
    {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": idempotencyKey },
      body: JSON.stringify(body),
    },
    options,
  );
}

export function getRegistration(id: string, token: string, options: RequestOptions = {}) {
  return request<RegistrationResponse>(registration(id), { headers: bearer(token) }, options);
}

export function cancelRegistration(id: string, token: string, options: RequestOptions = {}) {
  return request<RegistrationResponse>(
    registration(id),
    { method: "DELETE", headers: bearer(token) },
    options,
  );
}

export function eraseRegistration(id: string, token: string, options: RequestOptions = {}) {
  return request<RegistrationResponse>(
    `${registration(id)}/erase`,
    { method: "POST", headers: bearer(token) },
    options,
  );
}

const application = (id: string) => `/api/v1/applications/${encodeURIComponent(id)}`;
const festival = (slug: string, eventId: string) =>
  `${org(slug)}/festivals/${encodeURIComponent(eventId)}`;
const json = { "Content-Type": "application/json" };

/** A cook's first answers create a draft; `manageUrl` in the answer is the only way back to it. */
export function createApplication(
  slug: string,
  eventId: string,
  body: ApplicationInput,
  idempotencyKey: string,
  options: RequestOptions = {},
) {
  return request<ApplicationResponse>(
    `${festival(slug, eventId)}/applications`,
    {
      method: "POST",
      headers: { ...json, "Idempotency-Key": idempotencyKey },
      body: JSON.stringify(body),
    },
    options,
  );
}

export function getApplication(id: string, token: string, options: RequestOptions = {}) {
  return request<ApplicationResponse>(application(id), { headers: bearer(token) }, options);
}

export function updateApplication(
  id: string,
  token: string,
  body: ApplicationInput,
  options: RequestOptions = {},
) {
  return request<ApplicationResponse>(
    application(id),
    { method: "PUT", headers: { ...json, ...bearer(token) }, body: JSON.stringify(body) },
    options,
  );
}

export function submitApplication(id: string, token: string, options: RequestOptions = {}) {
  return request<ApplicationResponse>(
    `${application(id)}/submit`,
    { method: "POST", headers: bearer(token) },
    options,
  );
}

/** Everything held about the cook ("download my data"). */
export function exportApplication(id: string, token: string, options: RequestOptions = {}) {
  return request<ApplicationExport>(
    `${application(id)}/export`,
    { headers: bearer(token) },
    options,
  );
}

/** Erases the cook's data and gives back a stall of a festival still to come. */
export function eraseApplication(id: string, token: string, options: RequestOptions = {}) {
  return request<ApplicationResponse>(
    `${application(id)}/erase`,
    { method: "POST", headers: bearer(token) },
    options,
  );
}

export interface MenuFilter {
  lang?: string | undefined;
  /** Only dishes carrying all these diet labels. */
  diet?: readonly string[] | undefined;
  /** Only dishes free of all these allergens. */
  without?: readonly string[] | undefined;
}

export function getFestivalMenu(
  slug: string,
  eventId: string,
  filter: MenuFilter,
  options: RequestOptions = {},
) {
  const params = query({
    lang: filter.lang,
    diet: filter.diet?.join(","),
    without: filter.without?.join(","),
  });
  return request<MenuResponse>(`${festival(slug, eventId)}/menu${params}`, {}, options);
}

const volunteer = (id: string) => `/api/v1/volunteers/${encodeURIComponent(id)}`;

export function listShifts(
  slug: string,
  filter: { event?: string | undefined; lang?: string | undefined },
  options: RequestOptions = {},
) {
  return request<ShiftsResponse>(`${org(slug)}/shifts${query({ ...filter })}`, {}, options);
}

/** One sign-up for several shifts; `manageUrl` in the answer is the only way back to it. */
export function signUpVolunteer(
  slug: string,
  body: VolunteerSignUp,
  idempotencyKey: string,
  options: RequestOptions = {},
) {
  return request<VolunteerResponse>(
    `${org(slug)}/volunteers`,
    {
      method: "POST",
      headers: { ...json, "Idempotency-Key": idempotencyKey },
      body: JSON.stringify(body),
    },
    options,
  );
}

export function getVolunteer(id: string, token: string, options: RequestOptions = {}) {
  return request<VolunteerResponse>(volunteer(id), { headers: bearer(token) }, options);
}

export function addVolunteerShifts(
  id: string,
  token: string,
  shiftIds: readonly string[],
  options: RequestOptions = {},
) {
  return request<VolunteerResponse>(
    `${volunteer(id)}/shifts`,
    {
      method: "POST",
      headers: { ...json, ...bearer(token) },
      body: JSON.stringify({ shiftIds }),
    },
    options,
  );
}

/** Everything held about the volunteer ("download my data"). */
export function exportVolunteer(id: string, token: string, options: RequestOptions = {}) {
  return request<VolunteerExport>(`${volunteer(id)}/export`, { headers: bearer(token) }, options);
}

/** Cancels the volunteer's coming shifts and erases their data; the link stops working. */
export function eraseVolunteer(id: string, token: string, options: RequestOptions = {}) {
  return request<{ erased: true }>(
    `${volunteer(id)}/erase`,
    { method: "POST", headers: bearer(token) },
    options,
  );
}

export function cancelVolunteerShift(
  id: string,
  token: string,
  registrationId: string,
  options: RequestOptions = {},
) {
  return request<VolunteerResponse>(
    `${volunteer(id)}/shifts/${encodeURIComponent(registrationId)}`,
    { method: "DELETE", headers: bearer(token) },
    options,
  );
}
