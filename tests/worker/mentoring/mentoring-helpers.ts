import type { AdminSeason, SeasonBody } from "../../../schema/contracts/admin/mentoring.js";
import type { IntakeBody, IntakeResponse } from "../../../schema/contracts/mentoring.js";
import { createMember } from "../admin-helpers.js";
import { allowedOrigin, createOrganisation, day, request } from "../helpers.js";

export function seasonBody(overrides: Partial<SeasonBody> = {}): SeasonBody {
  const now = Date.now();
  return {
    name: { en: "Language Friends autumn", et: "Keelesõber sügis" },
    practisedLanguage: "et",
    startsOn: new Date(now + 20 * day).toISOString(),
    endsOn: new Date(now + 110 * day).toISOString(),
    intakeClosesAt: new Date(now + 10 * day).toISOString(),
    timeZone: "Europe/Tallinn",
    modes: ["online", "phone", "in_person"],
    regions: ["Tallinn", "Tartu"],
    learnerLevels: { min: "A2", max: "B2" },
    minSharedHours: 2,
    maxLearnersPerMentor: 2,
    weights: { hours: 4, interests: 3, languages: 2, region: 2, age: 1 },
    contact: "relay",
    ...overrides,
  };
}

/** An organisation, its organiser, and a season made through the organiser API. */
export async function createSeason(overrides: Partial<SeasonBody> = {}) {
  const organisation = await createOrganisation();
  const organiser = await createMember(organisation.id, "organiser");
  const response = await organiser.as(`/api/v1/admin/orgs/${organisation.slug}/mentoring/seasons`, {
    method: "POST",
    json: seasonBody(overrides),
  });
  if (response.status !== 201)
    throw new Error(`season: ${response.status} ${await response.text()}`);
  const { season } = (await response.json()) as { season: AdminSeason };
  const admin = (path: string, init: RequestInit & { json?: unknown } = {}) =>
    organiser.as(
      `/api/v1/admin/orgs/${organisation.slug}/mentoring/seasons/${season.id}${path}`,
      init,
    );
  return { organisation, organiser, season, admin };
}

export function intakeBody(overrides: Partial<IntakeBody> = {}): IntakeBody {
  return {
    role: "learner",
    firstName: "Olena",
    email: `person-${crypto.randomUUID().slice(0, 8)}@example.org`,
    locale: "uk",
    timeZone: "Europe/Tallinn",
    languages: [
      { code: "uk", fluency: "native" },
      { code: "ru", fluency: "fluent" },
    ],
    level: "A2",
    availability: [
      { day: "tue", part: "evening" },
      { day: "thu", part: "evening" },
    ],
    modes: ["online"],
    region: null,
    interests: ["cooking", "music"],
    interestsOther: "",
    consent: true,
    fillMs: 8000,
    ...overrides,
  };
}

export async function signUp(
  organisationSlug: string,
  seasonId: string,
  body: IntakeBody,
  key = crypto.randomUUID(),
) {
  const response = await request(
    `/api/v1/orgs/${organisationSlug}/mentoring/seasons/${seasonId}/people`,
    {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "Idempotency-Key": key,
        Origin: allowedOrigin,
        "CF-Connecting-IP": `test-${crypto.randomUUID()}`,
      },
      body: JSON.stringify(body),
    },
  );
  return response;
}

export async function signedUp(organisationSlug: string, seasonId: string, body: IntakeBody) {
  const response = await signUp(organisationSlug, seasonId, body);
  if (response.status !== 201)
    throw new Error(`intake: ${response.status} ${await response.text()}`);
  return (await response.json()) as IntakeResponse;
}

export const tokenOfManageUrl = (url: string) => new URL(url).hash.replace("#token=", "");
