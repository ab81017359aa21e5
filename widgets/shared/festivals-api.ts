import type {
  ApplicationExport,
  ApplicationInput,
  ApplicationResponse,
  MenuResponse,
} from "../../schema/contracts/festivals.js";
import type { RequestOptions } from "./api-request.js";
import { bearer, json, org, query, request } from "./api-request.js";

// Festivals: a cook's application to a stall, and the festival's menu

const application = (id: string) => `/api/v1/applications/${encodeURIComponent(id)}`;
const festival = (slug: string, eventId: string) =>
  `${org(slug)}/festivals/${encodeURIComponent(eventId)}`;

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

/** The cook's application as it stands now. */
export function getApplication(id: string, token: string, options: RequestOptions = {}) {
  return request<ApplicationResponse>(application(id), { headers: bearer(token) }, options);
}

/** Replaces the cook's answers. */
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

/** Sends the draft to the organisers. */
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

/** The festival's dishes, narrowed by `filter`. */
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
