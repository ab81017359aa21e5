import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type {
  FeedbackSummaryResponse,
  ItineraryResponse,
  ManifestResponse,
  NeedsBoardResponse,
} from "../../../schema/contracts/admin/visits.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type { SignUpResponse } from "../../../schema/contracts/registrations.js";
import { queueThankYous } from "../../../worker/jobs/queue-thank-yous.js";
import { parseMime } from "../../../worker/mail/mime-parse.js";
import { deliverDueMessages } from "../../../worker/notifications/deliver.js";
import { signedLink } from "../../../worker/notifications/signed-links.js";
import { createMember } from "../admin-helpers.js";
import { postSignUp, request, signUpBody } from "../helpers.js";
import { createVisit } from "../visit-helpers.js";

async function planned() {
  const visit = await createVisit({ capacity: 30, waitlistCapacity: 0 });
  const organiser = await createMember(visit.organisation.id, "organiser");
  const base = `/api/v1/admin/orgs/${visit.organisation.slug}/events/${visit.event.id}`;
  const sign = (slotId: string, body: Parameters<typeof signUpBody>[1]) =>
    postSignUp(visit.organisation.slug, visit.event.id, signUpBody(slotId, body));
  return { ...visit, organiser, base, sign };
}

const iso = (ms: number) => new Date(ms).toISOString();

describe("visit planning", () => {
  it("saves the itinerary and pick-up points in the order given, adding and removing rows", async () => {
    const { organiser, base, stops, pickups, event } = await planned();
    const response = await organiser.as(`${base}/itinerary`, {
      method: "PUT",
      json: {
        stops: [
          {
            id: stops[1],
            place: { en: "Farm" },
            arrivesAt: iso(event.startsAt + 3_600_000),
            activity: {},
            accessibility: {},
          },
          {
            place: { en: "Museum" },
            address: "Main St 1",
            arrivesAt: iso(event.startsAt + 7_200_000),
            activity: { en: "Tour" },
            accessibility: {},
          },
        ],
        pickupPoints: [{ id: pickups[0], name: "Vao centre", departsAt: iso(event.startsAt) }],
      },
    });
    expect(response.status).toBe(200);
    const body = await response.json<ItineraryResponse>();
    expect(body.stops.map((stop) => stop.place.en)).toEqual(["Farm", "Museum"]);
    expect(body.stops[0]!.id).toBe(stops[1]);
    expect(body.pickupPoints.map((point) => point.name)).toEqual(["Vao centre"]);
  });

  it("keeps a stop that has host places and a pick-up point a group chose, naming them", async () => {
    const { organiser, base, pickups, visitorSlot, sign } = await planned();
    await sign(visitorSlot.id, { adults: 2, pickupPointId: pickups[1]! });
    const response = await organiser.as(`${base}/itinerary`, {
      method: "PUT",
      json: { stops: [], pickupPoints: [] },
    });
    expect(response.status).toBe(409);
    const body = await response.json<ErrorEnvelope>();
    expect(Object.keys(body.error.fields ?? {}).sort()).toEqual(["pickupPoints.1", "stops.1"]);
  });

  it("refuses host places at a stop the visit does not have", async () => {
    const { organiser, base, event, visitorSlot } = await planned();
    const current = await (await organiser.as(base)).json<{ event: { version: number } }>();
    const slot = {
      label: { en: "Seats" },
      startsAt: iso(event.startsAt),
      endsAt: iso(event.endsAt),
      capacity: 30,
      waitlistCapacity: 0,
    };
    const response = await organiser.as(base, {
      method: "PUT",
      json: {
        kind: "visit",
        title: { en: "Visit" },
        summary: {},
        description: {},
        startsAt: iso(event.startsAt),
        endsAt: iso(event.endsAt),
        timeZone: "Europe/Tallinn",
        languages: ["et"],
        interpretation: [],
        accessibilityNotes: {},
        version: current.event.version,
        slots: [
          { ...slot, id: visitorSlot.id, audience: "visitor" },
          { ...slot, audience: "host", stopId: "stp_elsewhere", capacity: 2 },
        ],
      },
    });
    expect(response.status).toBe(422);
    expect((await response.json<ErrorEnvelope>()).error.fields).toHaveProperty(["slots.1.stopId"]);
  });

  it("adds up languages needed against those interpreters cover, and closes the gap when one signs up", async () => {
    const { organiser, base, visitorSlot, interpreterSlot, hostSlot, pickups, sign } =
      await planned();
    await sign(visitorSlot.id, {
      adults: 3,
      children: 1,
      languages: ["uk", "fa", "en"],
      pickupPointId: pickups[0]!,
      wheelchairPlaces: 1,
      needs: { dietary: "Halal" },
    });
    await sign(visitorSlot.id, {
      adults: 2,
      languages: ["fa"],
      pickupPointId: pickups[1]!,
      needs: { dietary: "halal" },
    });
    await sign(interpreterSlot.id, { name: "Oksana", languages: ["uk", "ru"] });
    await sign(hostSlot.id, { name: "Farm", offer: "Lunch" });

    const before = (await (await organiser.as(`${base}/needs`)).json<NeedsBoardResponse>()).needs;
    expect(before.languagesNeeded).toEqual({ uk: 4, fa: 6 });
    expect(before.languagesCovered).toEqual({ uk: 1, ru: 1 });
    expect(before.gaps).toEqual(["fa"]);
    expect(before.visitors).toEqual({ confirmedPeople: 6, adults: 5, children: 1, groups: 2 });
    expect(before.seats).toEqual({ capacity: 30, taken: 6, remaining: 24 });
    expect(before.wheelchairPlaces).toBe(1);
    expect(before.dietary).toEqual([{ text: "Halal", groups: 2 }]);
    expect(before.hosts).toEqual([expect.objectContaining({ capacity: 2, taken: 1 })]);

    await sign(interpreterSlot.id, { name: "Hamid", languages: ["fa", "ps"] });
    const after = (await (await organiser.as(`${base}/needs`)).json<NeedsBoardResponse>()).needs;
    expect(after.gaps).toEqual([]);
  });

  it("puts only what the day needs in the manifest, per pick-up point and stop, and audits the view", async () => {
    const {
      organiser,
      base,
      visitorSlot,
      interpreterSlot,
      hostSlot,
      pickups,
      stops,
      sign,
      organisation,
    } = await planned();
    const group = await (
      await sign(visitorSlot.id, {
        name: "Kadri (caseworker)",
        phone: "+372 5550 0000",
        email: "kadri@example.org",
        adults: 3,
        languages: ["fa"],
        pickupPointId: pickups[1]!,
        needs: { accessibility: "One person uses a wheelchair", dietary: "Halal" },
        wheelchairPlaces: 1,
      })
    ).json<SignUpResponse>();
    await sign(hostSlot.id, {
      name: "Kambja farm",
      phone: "+372 5550 1111",
      offer: "Tractor ride",
    });
    await sign(interpreterSlot.id, { name: "Hamid", languages: ["fa"] });

    const { manifest } = await (await organiser.as(`${base}/manifest`)).json<ManifestResponse>();
    expect(manifest.pickupPoints.map((point) => [point.id, point.groups.length])).toEqual([
      [pickups[0], 0],
      [pickups[1], 1],
    ]);
    expect(manifest.pickupPoints[1]!.groups[0]).toEqual({
      code: group.registration.shortCode,
      contact: "Kadri (caseworker)",
      phone: "+372 5550 0000",
      adults: 3,
      children: 0,
      languages: ["fa"],
      wheelchairPlaces: 1,
    });
    expect(manifest.stops.find((stop) => stop.id === stops[1])?.hosts).toEqual([
      { name: "Kambja farm", phone: "+372 5550 1111", offer: "Tractor ride" },
    ]);
    expect(manifest.interpreters).toEqual([{ name: "Hamid", phone: null, languages: ["fa"] }]);
    const text = JSON.stringify(manifest);
    for (const secret of ["kadri@example.org", "uses a wheelchair", "Halal"])
      expect(text).not.toContain(secret);
    const { results } = await env.DB.prepare(
      `SELECT action FROM audit_log WHERE organisation_id = ?1`,
    )
      .bind(organisation.id)
      .all<{ action: string }>();
    expect(results.map((row) => row.action)).toContain("manifest.viewed");
  });

  it("collects one feedback answer per sign-up through the signed form, and sums them up", async () => {
    const { organiser, base, visitorSlot, hostSlot, pickups, sign, event } = await planned();
    const group = await (
      await sign(visitorSlot.id, { adults: 2, pickupPointId: pickups[0]!, locale: "ar" })
    ).json<SignUpResponse>();
    const host = await (
      await sign(hostSlot.id, { name: "Farm", offer: "Lunch" })
    ).json<SignUpResponse>();
    const link = async (registrationId: string) =>
      new URL(
        await signedLink("http://localhost", env.MANAGE_TOKEN_SECRET, {
          action: "feedback",
          registrationId,
          expiresAt: event.endsAt + 86_400_000,
        }),
      ).pathname;
    const groupLink = await link(group.registration.id);
    const form = await request(groupLink);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('dir="rtl"');
    expect(html.match(/type="radio" name="score"/g)).toHaveLength(5);

    const post = (url: string, fields: Record<string, string>) =>
      request(url, {
        method: "POST",
        body: new URLSearchParams(fields),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      });
    const noFace = await post(groupLink, { comment: "no face" });
    expect(noFace.status).toBe(400);
    expect(await noFace.text()).toContain(">no face</textarea>");
    const controls = await post(groupLink, { score: "5", comment: "Call\u0007 me\u0000" });
    expect(controls.status).toBe(400);
    expect(await controls.text()).toContain('aria-invalid="true"');
    expect(
      (await post(groupLink, { score: "5", comment: "The children loved the farm" })).status,
    ).toBe(200);
    expect(await (await post(groupLink, { score: "1" })).text()).toContain("لدينا إجابتك بالفعل");
    await post(await link(host.registration.id), { score: "4" });

    const { feedback } = await (
      await organiser.as(`${base}/feedback`)
    ).json<FeedbackSummaryResponse>();
    expect(feedback).toMatchObject({ responses: 2, average: 4.5, distribution: [0, 0, 0, 1, 1] });
    expect(feedback.byAudience).toEqual({
      visitor: { responses: 1, average: 5 },
      host: { responses: 1, average: 4 },
    });
    expect(feedback.comments).toEqual([
      expect.objectContaining({ audience: "visitor", comment: "The children loved the farm" }),
    ]);
  });

  it("sends everyone who took part a thank-you with the feedback form's link after the visit", async () => {
    const { visitorSlot, hostSlot, pickups, sign, event } = await planned();
    await sign(visitorSlot.id, {
      adults: 2,
      pickupPointId: pickups[0]!,
      email: "group@example.org",
    });
    await sign(hostSlot.id, { name: "Farm", offer: "Lunch", email: "farm@example.org" });
    const after = event.endsAt + 3 * 3_600_000;
    await queueThankYous(env.DB, after);
    await deliverDueMessages(env, env.DB, { origin: "http://localhost", now: after });
    for (const address of ["group@example.org", "farm@example.org"]) {
      const { results } = await env.DB.prepare(`SELECT raw FROM dev_mailbox WHERE recipient = ?1`)
        .bind(address)
        .all<{ raw: string }>();
      const thanks = results
        .map((row) => parseMime(row.raw))
        .find((mail) => mail.headers.subject?.startsWith("Thank you"));
      expect(thanks?.text).toMatch(/http:\/\/localhost\/r\/feedback\/reg_\w+\/\d+\/[\w-]+/);
    }
  });
});
