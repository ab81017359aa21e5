import type {
  IntakeBody,
  IntakeChange,
  IntakeResponse,
  RelayMessageBody,
  RelayMessageResponse,
  SeasonResponse,
} from "../../schema/contracts/mentoring.js";
import type { RequestOptions } from "../shared/api-request.js";
import { bearer, json, org, query, request } from "../shared/api-request.js";

// Language Friend seasons: the season, signing up as a mentor or learner, and the manage link's calls

const person = (id: string) => `/api/v1/mentoring/people/${encodeURIComponent(id)}`;

/** The season in the reader's language (its name, modes, regions, levels, deadline). */
export function getSeason(slug: string, seasonId: string, lang: string, options: RequestOptions) {
  return request<SeasonResponse>(
    `${org(slug)}/mentoring/seasons/${encodeURIComponent(seasonId)}${query({ lang })}`,
    {},
    options,
  );
}

/** One sign-up; `manageUrl` in the answer is the only way back to it (it is emailed too). */
export function signUpForSeason(
  slug: string,
  seasonId: string,
  body: IntakeBody,
  idempotencyKey: string,
  options: RequestOptions = {},
) {
  return request<IntakeResponse>(
    `${org(slug)}/mentoring/seasons/${encodeURIComponent(seasonId)}/people`,
    {
      method: "POST",
      headers: { ...json, "Idempotency-Key": idempotencyKey },
      body: JSON.stringify(body),
    },
    options,
  );
}

/** The person's answers, status and partners as they stand now. */
export function getMentoringPerson(id: string, token: string, options: RequestOptions = {}) {
  return request<IntakeResponse>(person(id), { headers: bearer(token) }, options);
}

/** Changes answers, or pauses and resumes (`status`). */
export function changeMentoringPerson(
  id: string,
  token: string,
  change: IntakeChange,
  options: RequestOptions = {},
) {
  return request<IntakeResponse>(
    person(id),
    { method: "PATCH", headers: { ...json, ...bearer(token) }, body: JSON.stringify(change) },
    options,
  );
}

/** Leaves the season: no more matching. */
export function withdrawMentoringPerson(id: string, token: string, options: RequestOptions = {}) {
  return request<IntakeResponse>(
    `${person(id)}/withdraw`,
    { method: "POST", headers: bearer(token) },
    options,
  );
}

/** Erases the person's data; the link opens nothing any more. */
export function eraseMentoringPerson(id: string, token: string, options: RequestOptions = {}) {
  return request<null>(`${person(id)}/erase`, { method: "POST", headers: bearer(token) }, options);
}

/** Shows the person's email to one partner (each sees the other's once both shared). */
export function shareContactWithPartner(
  id: string,
  token: string,
  pairId: string,
  options: RequestOptions = {},
) {
  return request<IntakeResponse>(
    `${person(id)}/share-contact`,
    { method: "POST", headers: { ...json, ...bearer(token) }, body: JSON.stringify({ pairId }) },
    options,
  );
}

/** Words for one partner, which Hearth emails them without either address. */
export function writeToPartner(
  id: string,
  token: string,
  body: RelayMessageBody,
  options: RequestOptions = {},
) {
  return request<RelayMessageResponse>(
    `${person(id)}/messages`,
    { method: "POST", headers: { ...json, ...bearer(token) }, body: JSON.stringify(body) },
    options,
  );
}
