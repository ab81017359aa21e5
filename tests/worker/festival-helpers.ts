import type { ApplicationInput, ApplicationResponse } from "../../schema/contracts/festivals.js";
import { allowedOrigin, createEvent, createOrganisation, day, request } from "./helpers.js";

export async function createFestival(overrides: { cookDeadline?: number | null } = {}) {
  const organisation = await createOrganisation({ locales: ["en", "et", "ar"] });
  const startsAt = Date.now() + 20 * day;
  const event = await createEvent(organisation.id, {
    kind: "festival",
    startsAt,
    endsAt: startsAt + 6 * 3_600_000,
    title: { en: "Vao Kitchen", et: "Vao Köök" },
    cookDeadline:
      overrides.cookDeadline === undefined ? Date.now() + 10 * day : overrides.cookDeadline,
  });
  return { organisation, event };
}

export function completeApplication(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    displayName: "Fatima",
    email: `${crypto.randomUUID().slice(0, 8)}@example.org`,
    locale: "ar",
    cuisine: "Syrian home cooking",
    story: "I learned from my grandmother.",
    dishes: [
      {
        name: "Mujaddara",
        description: "Lentils, rice and onions",
        priceCents: 450,
        allergens: [],
        allergensNone: true,
        dietLabels: ["vegan", "halal"],
      },
      {
        name: "Kibbeh",
        description: "Bulgur and lamb",
        free: true,
        allergens: ["gluten"],
        dietLabels: ["halal"],
      },
    ],
    stallNeeds: { power: true, water: false },
    hygiene: "done",
    hygieneExpiresOn: new Date(Date.now() + 400 * day).toISOString().slice(0, 10),
    consentPublic: true,
    consent: true,
    ...overrides,
  };
}

/** Starts an application (a draft) and returns it with its bearer token. */
export async function startApplication(slug: string, eventId: string, body: unknown) {
  const response = await request(`/api/v1/orgs/${slug}/festivals/${eventId}/applications`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: allowedOrigin },
    body: JSON.stringify(body),
  });
  const json = response.status === 201 ? await response.json<ApplicationResponse>() : null;
  const token = json?.manageUrl ? new URL(json.manageUrl).hash.replace("#token=", "") : "";
  const as = (path: string, init: RequestInit = {}) =>
    request(`/api/v1/applications/${json?.application.id}${path}`, {
      ...init,
      headers: {
        Authorization: `Bearer ${token}`,
        Origin: allowedOrigin,
        ...(init.body ? { "Content-Type": "application/json" } : {}),
        ...(init.headers as Record<string, string>),
      },
    });
  return { response, application: json?.application, manageUrl: json?.manageUrl, as };
}
