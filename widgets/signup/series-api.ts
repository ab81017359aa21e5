import type { SeriesSignUpBody, SeriesSignUpResponse } from "../../schema/contracts/series.js";
import type { RequestOptions } from "../shared/api-request.js";
import { json, org, request } from "../shared/api-request.js";

/**
 * Signs up for every coming date of a series at once, all or nothing. `idempotencyKey` must be
 * the same for retries of the same answers, so nobody is booked twice.
 */
export function signUpForSeries(
  slug: string,
  seriesId: string,
  body: SeriesSignUpBody,
  idempotencyKey: string,
  options: RequestOptions = {},
) {
  return request<SeriesSignUpResponse>(
    `${org(slug)}/series/${encodeURIComponent(seriesId)}/registrations`,
    {
      method: "POST",
      headers: { ...json, "Idempotency-Key": idempotencyKey },
      body: JSON.stringify(body),
    },
    options,
  );
}
