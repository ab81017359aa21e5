import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { recall } from "../../../worker/http/isolate-cache.js";
import type { EventDetailResponse, EventListResponse } from "../../../schema/contracts/events.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type { SignUpResponse } from "../../../schema/contracts/registrations.js";
import {
  createBookableSlot,
  createEvent,
  createOrganisation,
  createSlot,
  postSignUp,
  request,
  signUpBody,
  tokenOf,
} from "../helpers.js";

const fresh = { headers: { "Cache-Control": "max-age=0" } };

describe("public reads served from the data centre's cache", () => {
  it("keeps a read up to 15 seconds, gives a fresh one to a form, and the booking engine still refuses a place that is gone", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 1,
      waitlistCapacity: 0,
    });
    const path = `/api/v1/orgs/${organisation.slug}/events/${event.id}`;
    const placesLeft = async (init: RequestInit = {}) => {
      const response = await request(path, init);
      expect(response.status).toBe(200);
      expect(response.headers.get("Cache-Control")).toContain("max-age=15");
      const { event: read } = await response.json<EventDetailResponse>();
      return read.slots[0]!.remaining;
    };
    expect(await placesLeft()).toBe(1);
    const booked = await postSignUp(organisation.slug, event.id, signUpBody(slot.id));
    expect((await booked.json<SignUpResponse>()).registration.status).toBe("confirmed");

    // Within the bound, the cached answer: the place still looks free …
    expect(await placesLeft()).toBe(1);
    // … a form's fresh read (fetch with cache: "no-cache" sends max-age=0) sees it is gone …
    expect(await placesLeft(fresh)).toBe(0);
    // … and refreshes the cache for everyone.
    expect(await placesLeft()).toBe(0);
    // Whatever a reader saw, the booking engine refuses the place clearly.
    const late = await postSignUp(organisation.slug, event.id, signUpBody(slot.id));
    expect(late.status).toBe(409);
    expect((await late.json<ErrorEnvelope>()).error.code).toBe("slot_full");
  });

  it("never gives one organisation's or one language's answer to another", async () => {
    const tallinn = await createOrganisation();
    const tartu = await createOrganisation();
    const inTallinn = await createEvent(tallinn.id);
    await createSlot(inTallinn);
    const inTartu = await createEvent(tartu.id, { title: { en: "Tartu walk", ar: "جولة تارتو" } });
    await createSlot(inTartu);
    const list = async (slug: string, lang: string) => {
      const response = await request(`/api/v1/orgs/${slug}/events?lang=${lang}`);
      return (await response.json<EventListResponse>()).events.map((e) => [e.id, e.title]);
    };
    expect(await list(tallinn.slug, "ar")).toEqual([[inTallinn.id, "مقهى اللغة"]]);
    expect(await list(tartu.slug, "ar")).toEqual([[inTartu.id, "جولة تارتو"]]);
    expect(await list(tallinn.slug, "en")).toEqual([[inTallinn.id, "Language café"]]);
    expect(await list(tallinn.slug, "ar")).toEqual([[inTallinn.id, "مقهى اللغة"]]);
  });

  it("answers 304 without a body to a reader who already has the same answer", async () => {
    const { organisation } = await createBookableSlot();
    const path = `/api/v1/orgs/${organisation.slug}/events`;
    const first = await request(path);
    const tag = first.headers.get("ETag");
    expect(tag).toMatch(/^"[0-9a-f]+"$/);
    const again = await request(path, { headers: { "If-None-Match": tag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("Cache-Control")).toContain("max-age=15");
  });

  it("gives a kept answer the tag it was made with, and a changed answer a new one", async () => {
    const { organisation, event } = await createBookableSlot();
    const path = `/api/v1/orgs/${organisation.slug}/events`;
    const made = await request(path, { headers: { "Cache-Control": "max-age=0" } });
    // The copy in memory carries the tag, so a repeated read is not hashed again.
    const inMemory = recall(`http://localhost${path}`, Date.now());
    expect(inMemory?.headers.get("ETag")).toBe(made.headers.get("ETag"));
    const kept = await request(path);
    expect(kept.headers.get("Hearth-Made-At")).toBe(made.headers.get("Hearth-Made-At"));
    expect(kept.headers.get("ETag")).toBe(made.headers.get("ETag"));
    await env.DB.prepare(
      "UPDATE events SET title = json_set(title, '$.en', 'Renamed') WHERE id = ?",
    )
      .bind(event.id)
      .run();
    const fresh = await request(path, { headers: { "Cache-Control": "max-age=0" } });
    expect(fresh.headers.get("ETag")).toMatch(/^"[0-9a-f]{40}"$/);
    expect(fresh.headers.get("ETag")).not.toBe(made.headers.get("ETag"));
  });

  it("serves nothing from the data centre's cache past 15 seconds, and says how old a kept answer is", async () => {
    const cache = await caches.open("hearth-public-reads");
    const keptAnswer = async (slug: string, ageMs: number) => {
      const path = `/api/v1/orgs/${slug}/events`;
      const made = Date.now() - ageMs;
      await cache.put(
        new Request(`http://localhost${path}`),
        new Response(JSON.stringify({ kept: ageMs }), {
          headers: {
            "Content-Type": "application/json",
            "Cache-Control": "public, max-age=15, stale-while-revalidate=30",
            "Hearth-Made-At": String(made),
          },
        }),
      );
      return path;
    };
    // The Cache API keeps an answer for the browsers' stale-while-revalidate too: one made 20
    // seconds ago is still there, and is not served.
    const old = await createBookableSlot();
    const oldPath = await keptAnswer(old.organisation.slug, 20_000);
    const remade = await request(oldPath);
    expect(remade.status).toBe(200);
    expect((await remade.json<EventListResponse>()).events.map((e) => e.id)).toEqual([
      old.event.id,
    ]);
    expect(remade.headers.get("Age")).toBeNull();
    // One made 5 seconds ago is served, with its age, and a 304 for it keeps the age too.
    const recent = await createOrganisation();
    const recentPath = await keptAnswer(recent.slug, 5_000);
    const kept = await request(recentPath);
    expect(await kept.json()).toEqual({ kept: 5_000 });
    expect(Number(kept.headers.get("Age"))).toBeGreaterThanOrEqual(5);
    expect(Number(kept.headers.get("Age"))).toBeLessThan(15);
    const tag = kept.headers.get("ETag");
    expect(tag).toMatch(/^"[0-9a-f]+"$/);
    const unchanged = await request(recentPath, { headers: { "If-None-Match": tag! } });
    expect(unchanged.status).toBe(304);
    expect(Number(unchanged.headers.get("Age"))).toBeGreaterThanOrEqual(5);
  });

  it("keeps nothing personal: a manage page is never cached", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const booked = await (
      await postSignUp(organisation.slug, event.id, signUpBody(slot.id))
    ).json<SignUpResponse>();
    const token = tokenOf(booked.registration.manageUrl);
    const response = await request(`/api/v1/registrations/${booked.registration.id}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("ETag")).toBeNull();
  });
});
