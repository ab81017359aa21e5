import { describe, expect, it } from "vitest";
import type { SignUpResponse } from "../../../schema/contracts/registrations.js";
import {
  allowedOrigin,
  createBookableSlot,
  partyTotals,
  postSignUp,
  readSlot,
  request,
  signUpBody,
  tokenOf,
} from "../helpers.js";

async function cancel(response: SignUpResponse) {
  const { id, manageUrl } = response.registration;
  return request(`/api/v1/registrations/${id}`, {
    method: "DELETE",
    headers: { Authorization: `Bearer ${tokenOf(manageUrl)}`, Origin: allowedOrigin },
  });
}

describe("booking engine", () => {
  it("confirms exactly 20 of 200 concurrent sign-ups for 20 places and waitlists or refuses the rest", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 20,
      waitlistCapacity: 30,
    });

    const responses = await Promise.all(
      Array.from({ length: 200 }, () =>
        postSignUp(organisation.slug, event.id, signUpBody(slot.id)),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status !== 201 && status !== 409)).toEqual([]);

    const bodies = await Promise.all(
      responses.filter((response) => response.status === 201).map((r) => r.json<SignUpResponse>()),
    );
    const confirmed = bodies.filter((body) => body.registration.status === "confirmed");
    const waitlisted = bodies.filter((body) => body.registration.status === "waitlisted");
    expect(confirmed).toHaveLength(20);
    expect(waitlisted).toHaveLength(30);
    expect(statuses.filter((status) => status === 409)).toHaveLength(150);
    expect(waitlisted.map((body) => body.registration.position).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 30 }, (_, index) => index + 1),
    );

    const stored = await readSlot(slot.id);
    const totals = await partyTotals(slot.id);
    expect(stored.taken).toBe(20);
    expect(stored.taken).toBe(totals.confirmed);
    expect(stored.waitlistTaken).toBe(totals.waitlisted);
    expect(totals.rows).toHaveLength(50);
  });

  it("keeps the counters equal to the confirmed and waitlisted parties under mixed sizes and cancellations", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 25,
      waitlistCapacity: 15,
    });
    const sizes = Array.from({ length: 120 }, (_, index) => ({
      adults: 1 + (index % 3),
      children: index % 4 === 0 ? 2 : 0,
    }));

    const first = await Promise.all(
      sizes
        .slice(0, 60)
        .map((party) => postSignUp(organisation.slug, event.id, signUpBody(slot.id, party))),
    );
    const booked = await Promise.all(
      first.filter((response) => response.status === 201).map((r) => r.json<SignUpResponse>()),
    );
    // Cancel every other booking while a second wave of sign-ups arrives.
    await Promise.all([
      ...booked.filter((_, index) => index % 2 === 0).map(cancel),
      ...sizes
        .slice(60)
        .map((party) => postSignUp(organisation.slug, event.id, signUpBody(slot.id, party))),
    ]);

    const stored = await readSlot(slot.id);
    const totals = await partyTotals(slot.id);
    expect(stored.taken).toBe(totals.confirmed);
    expect(stored.waitlistTaken).toBe(totals.waitlisted);
    expect(stored.taken).toBeLessThanOrEqual(25);
    expect(stored.waitlistTaken).toBeLessThanOrEqual(15);
    // Nobody waits while a place they fit into is free.
    const free = stored.capacity - stored.taken;
    const smallestWaiting = Math.min(
      ...totals.rows
        .filter((row) => row.status === "waitlisted")
        .map((row) => row.adults + row.children),
    );
    expect(smallestWaiting).toBeGreaterThan(free);
  });

  it("replays the original answer for a repeated Idempotency-Key even after the slot filled", async () => {
    const { organisation, event, slot } = await createBookableSlot({ capacity: 1 });
    const body = signUpBody(slot.id);

    const original = await postSignUp(organisation.slug, event.id, body, { key: "replay-key-1" });
    expect(original.status).toBe(201);
    const filler = await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(slot.id, { name: "B" }),
    );
    expect(filler.status).toBe(409);

    const replay = await postSignUp(organisation.slug, event.id, body, { key: "replay-key-1" });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(await original.json());
    expect((await partyTotals(slot.id)).rows).toHaveLength(1);
  });

  it("refuses a repeated Idempotency-Key with a different body with 422", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    await postSignUp(organisation.slug, event.id, signUpBody(slot.id), { key: "reused-key-1" });

    const response = await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(slot.id, { adults: 2 }),
      { key: "reused-key-1" },
    );
    expect(response.status).toBe(422);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe(
      "idempotency_key_reused",
    );
    expect((await partyTotals(slot.id)).rows).toHaveLength(1);
  });

  it("promotes the oldest waitlisted parties that fit when a confirmed party cancels", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 3,
      waitlistCapacity: 10,
    });
    const sign = (adults: number, name: string) =>
      postSignUp(organisation.slug, event.id, signUpBody(slot.id, { adults, name })).then((r) =>
        r.json<SignUpResponse>(),
      );
    const holder = await sign(3, "Holder");
    const big = await sign(3, "Big family");
    const small = await sign(1, "Small");
    const second = await sign(1, "Second");
    expect([holder, big, small, second].map((r) => r.registration.status)).toEqual([
      "confirmed",
      "waitlisted",
      "waitlisted",
      "waitlisted",
    ]);
    expect(second.registration.position).toBe(3);

    await cancel(holder);

    const rows = await partyTotals(slot.id);
    const statusOf = (id: string) => rows.rows.find((row) => row.id === id)?.status;
    expect(statusOf(big.registration.id)).toBe("confirmed");
    expect(statusOf(small.registration.id)).toBe("waitlisted");
    expect(statusOf(second.registration.id)).toBe("waitlisted");
    expect((await readSlot(slot.id)).taken).toBe(3);
  });

  it("skips a party too big for the freed places and promotes smaller ones behind it", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 4,
      waitlistCapacity: 10,
    });
    const sign = (adults: number) =>
      postSignUp(organisation.slug, event.id, signUpBody(slot.id, { adults })).then((r) =>
        r.json<SignUpResponse>(),
      );
    const pair = await sign(2);
    await sign(2);
    const four = await sign(4);
    const one = await sign(1);
    const another = await sign(1);

    await cancel(pair);

    const rows = await partyTotals(slot.id);
    const statusOf = (id: string) => rows.rows.find((row) => row.id === id)?.status;
    expect(statusOf(four.registration.id)).toBe("waitlisted");
    expect(statusOf(one.registration.id)).toBe("confirmed");
    expect(statusOf(another.registration.id)).toBe("confirmed");
    const stored = await readSlot(slot.id);
    expect(stored.taken).toBe(4);
    expect(stored.waitlistTaken).toBe(4);
  });

  it("frees waitlist places when a waitlisted party cancels", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 2,
      waitlistCapacity: 2,
    });
    await postSignUp(organisation.slug, event.id, signUpBody(slot.id, { adults: 2 }));
    const waiting = await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(slot.id, { adults: 2 }),
    ).then((r) => r.json<SignUpResponse>());
    expect(waiting.registration.status).toBe("waitlisted");

    await cancel(waiting);

    const stored = await readSlot(slot.id);
    expect(stored.taken).toBe(2);
    expect(stored.waitlistTaken).toBe(0);
  });
});
