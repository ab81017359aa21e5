import { describe, expect, it } from "vitest";
import type { EventDetailResponse } from "../../../schema/contracts/events.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { createBookableSlot, postSignUp, request, signUpBody } from "../helpers.js";

describe("public reads through D1's read replication", () => {
  it("gives a write's bookmark, and a read with it sees the write while the cache still has the older answer", async () => {
    const { organisation, event, slot } = await createBookableSlot({ capacity: 3 });
    const path = `/api/v1/orgs/${organisation.slug}/events/${event.id}`;
    const placesLeft = async (query = "") => {
      const response = await request(`${path}${query}`);
      expect(response.status).toBe(200);
      return (await response.json<EventDetailResponse>()).event.slots[0]!.remaining;
    };
    expect(await placesLeft()).toBe(3);

    const booked = await postSignUp(organisation.slug, event.id, signUpBody(slot.id));
    expect(booked.status).toBe(201);
    const bookmark = booked.headers.get("Hearth-Bookmark");
    expect(bookmark).toMatch(/^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/);
    // A page on another website may read it.
    expect(booked.headers.get("Access-Control-Expose-Headers")).toContain("Hearth-Bookmark");

    expect(await placesLeft()).toBe(3); // the cache, within its 15 seconds
    expect(await placesLeft(`?bookmark=${bookmark}`)).toBe(2);
  });

  it("refuses a bookmark Hearth did not give with 422 naming it, and reads nothing", async () => {
    const { organisation, event } = await createBookableSlot();
    const response = await request(
      `/api/v1/orgs/${organisation.slug}/events/${event.id}?bookmark=yesterday`,
    );
    expect(response.status).toBe(422);
    const { error } = await response.json<ErrorEnvelope>();
    expect(Object.keys(error.fields ?? {})).toEqual(["bookmark"]);
    expect(error.message).toMatch(/bookmark/);
  });

  it("gives no bookmark with a read", async () => {
    const { organisation } = await createBookableSlot();
    const response = await request(`/api/v1/orgs/${organisation.slug}/events`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Hearth-Bookmark")).toBeNull();
  });
});
