import { describe, expect, it } from "vitest";
import type { EventDetailResponse } from "../../../schema/contracts/events.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type { SignUpResponse } from "../../../schema/contracts/registrations.js";
import { partyTotals, postSignUp, readSlot, request, signUpBody } from "../helpers.js";
import { createVisit } from "../visit-helpers.js";

async function fieldsOf(response: Response) {
  expect(response.status).toBe(422);
  return Object.keys((await response.json<ErrorEnvelope>()).error.fields ?? {});
}

describe("visit sign-ups", () => {
  it("shows the itinerary, pick-up points and every kind of place in the public event", async () => {
    const { organisation, event, stops } = await createVisit();
    const response = await request(`/api/v1/orgs/${organisation.slug}/events/${event.id}`);
    const body = await response.json<EventDetailResponse>();
    expect(body.event.itinerary.map((stop) => [stop.id, stop.place])).toEqual([
      [stops[0], "Stop 1"],
      [stops[1], "Stop 2"],
    ]);
    expect(body.event.pickupPoints.map((point) => point.name)).toEqual(["Centre 1", "Centre 2"]);
    expect(body.event.slots.map((slot) => [slot.audience, slot.stopId]).sort()).toEqual(
      [
        ["host", stops[1]],
        ["interpreter", null],
        ["visitor", null],
      ].sort(),
    );
  });

  it("books a caseworker's group with its languages, pick-up point and wheelchair places", async () => {
    const { organisation, event, visitorSlot, pickups } = await createVisit();
    const response = await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(visitorSlot.id, {
        name: "Vao centre group",
        adults: 4,
        children: 3,
        languages: ["uk", "fa"],
        pickupPointId: pickups[1]!,
        wheelchairPlaces: 1,
        phone: "+372 5555 0000",
      }),
    );
    expect(response.status).toBe(201);
    const [row] = (await partyTotals(visitorSlot.id)).rows;
    expect(row).toMatchObject({
      adults: 4,
      children: 3,
      languages: ["uk", "fa"],
      pickupPointId: pickups[1],
      wheelchairPlaces: 1,
    });
    expect((await readSlot(visitorSlot.id)).taken).toBe(7);
  });

  it("asks a group for a pick-up point on the visit, and no more wheelchair places than people", async () => {
    const { organisation, event, visitorSlot } = await createVisit();
    const missing = await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(visitorSlot.id, { adults: 2 }),
    );
    expect(await fieldsOf(missing)).toEqual(["pickupPointId"]);
    const other = await createVisit();
    const wrong = await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(visitorSlot.id, {
        adults: 2,
        pickupPointId: other.pickups[0]!,
        wheelchairPlaces: 3,
      }),
    );
    expect((await fieldsOf(wrong)).sort()).toEqual(["pickupPointId", "wheelchairPlaces"]);
    expect((await partyTotals(visitorSlot.id)).rows).toHaveLength(0);
  });

  it("needs an offer from a host and a language from an interpreter", async () => {
    const { organisation, event, hostSlot, interpreterSlot } = await createVisit();
    expect(
      await fieldsOf(await postSignUp(organisation.slug, event.id, signUpBody(hostSlot.id))),
    ).toEqual(["offer"]);
    expect(
      await fieldsOf(
        await postSignUp(
          organisation.slug,
          event.id,
          signUpBody(interpreterSlot.id, { languages: [] }),
        ),
      ),
    ).toEqual(["languages"]);

    const host = await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(hostSlot.id, { name: "Kambja farm", offer: "A tractor ride and lunch" }),
    );
    expect(host.status).toBe(201);
    const interpreter = await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(interpreterSlot.id, { name: "Oksana", languages: ["uk", "ru"] }),
    );
    expect(interpreter.status).toBe(201);
    expect((await partyTotals(hostSlot.id)).rows[0]).toMatchObject({
      offer: "A tractor ride and lunch",
    });
    expect((await partyTotals(interpreterSlot.id)).rows[0]).toMatchObject({
      languages: ["uk", "ru"],
    });
  });

  it("never overbooks the bus when groups book at once", async () => {
    const { organisation, event, visitorSlot, pickups } = await createVisit({
      capacity: 20,
      waitlistCapacity: 6,
    });
    const sizes = Array.from({ length: 30 }, (_, index) => 1 + (index % 4));
    const responses = await Promise.all(
      sizes.map((adults) =>
        postSignUp(
          organisation.slug,
          event.id,
          signUpBody(visitorSlot.id, { adults, pickupPointId: pickups[0]! }),
        ),
      ),
    );
    const bodies = await Promise.all(
      responses
        .filter((response) => response.status === 201)
        .map((response) => response.json<SignUpResponse>()),
    );
    expect(responses.every((response) => response.status === 201 || response.status === 409)).toBe(
      true,
    );
    const totals = await partyTotals(visitorSlot.id);
    const stored = await readSlot(visitorSlot.id);
    expect(stored.taken).toBe(totals.confirmed);
    expect(stored.taken).toBeLessThanOrEqual(20);
    expect(stored.waitlistTaken).toBe(totals.waitlisted);
    expect(stored.waitlistTaken).toBeLessThanOrEqual(6);
    expect(
      bodies.filter((body) => body.registration.status === "confirmed").length,
    ).toBeGreaterThan(0);
  });
});
