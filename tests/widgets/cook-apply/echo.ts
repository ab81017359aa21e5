import type { ApplicationInput, ApplicationView } from "../../../schema/contracts/festivals.js";
import { ok } from "../helpers/fetch-stub.js";
import { applicationFixture, eventFixture } from "../helpers/fixtures.js";

/** The view the API would answer a save with: the answers sent, with ids for new dishes. */
export function viewFrom(body: ApplicationInput, base = applicationFixture()): ApplicationView {
  return {
    ...base,
    displayName: body.displayName,
    email: body.email || null,
    phone: body.phone || null,
    cuisine: body.cuisine ?? null,
    story: body.story ?? null,
    dishes: (body.dishes ?? []).map((dish, index) => ({
      id: dish.id ?? `dish_${index + 1}`,
      name: dish.name,
      description: dish.description ?? "",
      free: dish.free ?? false,
      priceCents: dish.priceCents ?? null,
      portions: dish.portions ?? null,
      allergens: dish.allergens ?? [],
      allergensNone: dish.allergensNone ?? false,
      dietLabels: dish.dietLabels ?? [],
    })),
    stallNeeds: { ...base.stallNeeds, ...body.stallNeeds },
    hygiene: body.hygiene ?? null,
    hygieneExpiresOn: body.hygieneExpiresOn ?? null,
    consentPublic: body.consentPublic ?? false,
  };
}

/**
 * Answers every save (PUT) with what was sent, so the widget's copy after a save is what a
 * real API would give back. Installed over a FetchStub, which still answers everything else.
 */
export function echoSaves(): { bodies: ApplicationInput[]; auth: (string | null)[] } {
  const seen = { bodies: [] as ApplicationInput[], auth: [] as (string | null)[] };
  const next = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    if (init.method !== "PUT") return next(input, init);
    const body = JSON.parse(String(init.body)) as ApplicationInput;
    seen.bodies.push(body);
    seen.auth.push(new Headers(init.headers).get("Authorization"));
    return new Response(JSON.stringify({ application: viewFrom(body) }), {
      status: 200,
      headers: { "Content-Type": "application/json" },
    });
  };
  return seen;
}

/** The festival a new application (`org="demo" festival="evt_fest"`) reads before its first step. */
export const festivalPath = /^\/api\/v1\/orgs\/demo\/events\/evt_fest$/;

export const festivalReply = ok({
  defaultLocale: "en",
  event: eventFixture({
    id: "evt_fest",
    kind: "festival",
    title: "Vao Kitchen",
    retentionDays: 30,
  }),
});
