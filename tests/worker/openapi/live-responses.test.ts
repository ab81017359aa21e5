import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type { ApplicationResponse } from "../../../schema/contracts/festivals.js";
import type { IntakeResponse, SeasonResponse } from "../../../schema/contracts/mentoring.js";
import type {
  RegistrationResponse,
  SignUpResponse,
} from "../../../schema/contracts/registrations.js";
import type { AdminSeriesResponse } from "../../../schema/contracts/series.js";
import type { VolunteerResponse } from "../../../schema/contracts/volunteers.js";
import { openApiDocument } from "../../../worker/openapi/document.js";
import { createMember } from "../admin-helpers.js";
import { completeApplication, createFestival } from "../festival-helpers.js";
import { createNetwork } from "../networks/network-helpers.js";
import {
  allowedOrigin,
  createBookableSlot,
  createEvent,
  createOrganisation,
  createSlot,
  postSignUp,
  request,
  signUpBody,
  tokenOf,
} from "../helpers.js";
import { intakeBody, signUp } from "../mentoring/mentoring-helpers.js";
import { createShifts, signUpVolunteer, volunteerBody } from "../volunteer-helpers.js";
import { documentValidator } from "./document-validator.js";
import { createSeasonRow } from "./mentoring-season.js";

/*
 * Real answers of the worker, on real D1, against the document: each answer's status must be
 * listed for its operation, and its body must match the schema listed for that status.
 */

const { check } = documentValidator(openApiDocument());

const bearer = (manageUrl: string) => ({
  Authorization: `Bearer ${tokenOf(manageUrl)}`,
  Origin: allowedOrigin,
});

const json = (method: string, body: unknown, headers: Record<string, string>): RequestInit => ({
  method,
  headers: { "Content-Type": "application/json", ...headers },
  body: JSON.stringify(body),
});

describe("the worker's answers match the OpenAPI document", () => {
  it("for the service's own routes", async () => {
    await check("get", "/health", await request("/api/v1/health"));
    await check("get", "/openapi.json", await request("/api/v1/openapi.json"));
    await check("get", "/docs", await request("/api/v1/docs"));
  });

  it("for an organisation, its events, one event and their calendars", async () => {
    const { organisation, event } = await createBookableSlot();
    const org = `/api/v1/orgs/${organisation.slug}`;
    await check("get", "/orgs/{org}", await request(org));
    const list = await check("get", "/orgs/{org}/events", await request(`${org}/events?lang=ar`));
    expect(list).toMatchObject({ events: [{ id: event.id }] });
    await check("get", "/orgs/{org}/events/{eventId}", await request(`${org}/events/${event.id}`));
    await check("get", "/orgs/{org}/calendar.ics", await request(`${org}/calendar.ics`));
    await check(
      "get",
      "/orgs/{org}/events/{eventId}/calendar.ics",
      await request(`${org}/events/${event.id}/calendar.ics`),
    );
  });

  it("for a network's catalogue and its calendar", async () => {
    const { network, members } = await createNetwork(1);
    const event = await createEvent(members[0]!.organisation.id);
    await createSlot(event);
    const catalogue = await check(
      "get",
      "/networks/{network}/events",
      await request(`/api/v1/networks/${network.slug}/events?lang=uk`),
    );
    expect(catalogue).toMatchObject({ events: [{ id: event.id }] });
    await check(
      "get",
      "/networks/{network}/calendar.ics",
      await request(`/api/v1/networks/${network.slug}/calendar.ics`),
    );
    const missing = await request("/api/v1/networks/no-such-network/events");
    expect(missing.status).toBe(404);
    await check("get", "/networks/{network}/events", missing);
  });

  it("for the error envelope: unknown organisation, unknown event, a bad query", async () => {
    const { organisation } = await createBookableSlot();
    const missing = await request("/api/v1/orgs/no-such-org/events");
    expect(missing.status).toBe(404);
    await check("get", "/orgs/{org}/events", missing);
    const noEvent = await request(`/api/v1/orgs/${organisation.slug}/events/evt_missing`);
    expect(noEvent.status).toBe(404);
    await check("get", "/orgs/{org}/events/{eventId}", noEvent);
    const badQuery = await request(`/api/v1/orgs/${organisation.slug}/events?limit=500`);
    expect(badQuery.status).toBe(422);
    await check("get", "/orgs/{org}/events", badQuery);
  });

  it("for a sign-up (201, its replay 200) and every refusal before it", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const path = "/orgs/{org}/events/{eventId}/registrations";
    const body = signUpBody(slot.id, { phone: "+372 5555 1234" });
    const key = crypto.randomUUID();
    const created = await postSignUp(organisation.slug, event.id, body, { key });
    expect(created.status).toBe(201);
    await check("post", path, created);
    const replay = await postSignUp(organisation.slug, event.id, body, { key });
    expect(replay.status).toBe(200);
    await check("post", path, replay);

    const invalid = await postSignUp(organisation.slug, event.id, {
      ...body,
      adults: -1,
      name: "",
    });
    expect(invalid.status).toBe(422);
    const envelope = (await check("post", path, invalid)) as ErrorEnvelope;
    expect(envelope.error.fieldCodes).toMatchObject({ adults: { code: "too_small" } });
    const noKey = await postSignUp(organisation.slug, event.id, body, { key: null });
    expect(noKey.status).toBe(400);
    await check("post", path, noKey);
    const elsewhere = await postSignUp(organisation.slug, event.id, body, {
      origin: "https://elsewhere.example",
    });
    expect(elsewhere.status).toBe(403);
    await check("post", path, elsewhere);
    const notJson = await postSignUp(organisation.slug, event.id, body, {
      headers: { "Content-Type": "text/plain" },
    });
    expect(notJson.status).toBe(415);
    await check("post", path, notJson);
  });

  it("for one's own sign-up behind its manage link", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const created = await postSignUp(organisation.slug, event.id, signUpBody(slot.id));
    const { registration } = await created.json<SignUpResponse>();
    const at = `/api/v1/registrations/${registration.id}`;
    const headers = bearer(registration.manageUrl);

    await check("get", "/registrations/{id}", await request(at, { headers }));
    const unauthorised = await request(at);
    expect(unauthorised.status).toBe(401);
    await check("get", "/registrations/{id}", unauthorised);
    const changed = await request(at, json("PATCH", { adults: 2 }, headers));
    expect(changed.status).toBe(200);
    await check("patch", "/registrations/{id}", changed);
    const notOffered = await request(`${at}/accept`, { method: "POST", headers });
    expect(notOffered.status).toBe(409);
    await check("post", "/registrations/{id}/accept", notOffered);
    const calendar = await request(
      new URL(registration.calendarUrl).pathname + new URL(registration.calendarUrl).search,
    );
    await check("get", "/registrations/{id}/calendar.ics", calendar);
    await check("delete", "/registrations/{id}", await request(at, { method: "DELETE", headers }));
    const erased = await request(`${at}/erase`, { method: "POST", headers });
    await check("post", "/registrations/{id}/erase", erased);
    const after = (await (await request(at, { headers })).json()) as RegistrationResponse;
    expect(after.registration.erased).toBe(true);
  });

  it("for a sign-up to every date of a series", async () => {
    const { organisation, event } = await createBookableSlot();
    const organiser = await createMember(organisation.id, "organiser");
    const created = await organiser.as(
      `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}/series`,
      {
        method: "POST",
        json: { rule: { frequency: "weekly", count: 3 }, blockSignup: true, version: 1 },
      },
    );
    const { series } = await created.json<AdminSeriesResponse>();
    const { slotId: _slotId, ...body } = signUpBody("");
    const booked = await request(
      `/api/v1/orgs/${organisation.slug}/series/${series.id}/registrations`,
      json("POST", body, { Origin: allowedOrigin, "Idempotency-Key": crypto.randomUUID() }),
    );
    expect(booked.status).toBe(201);
    await check("post", "/orgs/{org}/series/{seriesId}/registrations", booked);
  });

  it("for volunteer shifts and a volunteer's own schedule", async () => {
    const { organisation, morning, afternoon } = await createShifts();
    const shifts = await request(`/api/v1/orgs/${organisation.slug}/shifts`);
    await check("get", "/orgs/{org}/shifts", shifts);
    const signedUp = await signUpVolunteer(organisation.slug, volunteerBody([morning.id]));
    expect(signedUp.response.status).toBe(201);
    await check("post", "/orgs/{org}/volunteers", signedUp.response);
    const id = signedUp.volunteer!.id;
    const headers = { Authorization: `Bearer ${signedUp.token}`, Origin: allowedOrigin };
    const at = `/api/v1/volunteers/${id}`;
    await check("get", "/volunteers/{id}", await request(at, { headers }));
    await check("get", "/volunteers/{id}/export", await request(`${at}/export`, { headers }));
    const added = await request(
      `${at}/shifts`,
      json("POST", { shiftIds: [afternoon.id] }, headers),
    );
    const { volunteer } = (await check(
      "post",
      "/volunteers/{id}/shifts",
      added,
    )) as VolunteerResponse;
    const feed = new URL(volunteer.calendarUrl);
    await check("get", "/volunteers/{id}/calendar.ics", await request(feed.pathname + feed.search));
    await check(
      "delete",
      "/volunteers/{id}/shifts/{registrationId}",
      await request(`${at}/shifts/${volunteer.shifts[0]!.registrationId}`, {
        method: "DELETE",
        headers,
      }),
    );
    await check(
      "post",
      "/volunteers/{id}/erase",
      await request(`${at}/erase`, { method: "POST", headers }),
    );
  });

  it("for a food festival's menu and a cook's application", async () => {
    const { organisation, event } = await createFestival();
    const created = await request(
      `/api/v1/orgs/${organisation.slug}/festivals/${event.id}/applications`,
      json("POST", completeApplication(), { Origin: allowedOrigin }),
    );
    expect(created.status).toBe(201);
    const { application, manageUrl } = (await check(
      "post",
      "/orgs/{org}/festivals/{eventId}/applications",
      created,
    )) as ApplicationResponse;
    const at = `/api/v1/applications/${application.id}`;
    const headers = bearer(manageUrl!);
    await check(
      "put",
      "/applications/{id}",
      await request(at, json("PUT", completeApplication(), headers)),
    );
    await check(
      "post",
      "/applications/{id}/submit",
      await request(`${at}/submit`, { method: "POST", headers }),
    );
    const organiser = await createMember(organisation.id, "organiser");
    const decided = await organiser.as(
      `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}/applications/${application.id}/decision`,
      { method: "POST", json: { status: "approved" } },
    );
    expect(decided.status).toBe(200);
    const menu = await check(
      "get",
      "/orgs/{org}/festivals/{eventId}/menu",
      await request(`/api/v1/orgs/${organisation.slug}/festivals/${event.id}/menu?lang=ar`),
    );
    expect(menu).toMatchObject({ dishes: [{ name: "Mujaddara" }, { name: "Kibbeh" }] });
    await check("get", "/applications/{id}", await request(at, { headers }));
    await check("get", "/applications/{id}/export", await request(`${at}/export`, { headers }));
    await check(
      "post",
      "/applications/{id}/erase",
      await request(`${at}/erase`, { method: "POST", headers }),
    );
  });

  it("for a Language Friend season, a sign-up and one's own sign-up behind its manage link", async () => {
    const organisation = await createOrganisation();
    const season = await createSeasonRow(organisation.id);
    const seasonPath = "/orgs/{org}/mentoring/seasons/{seasonId}";
    const at = `/api/v1/orgs/${organisation.slug}/mentoring/seasons`;
    const read = await check("get", seasonPath, await request(`${at}/${season.id}?lang=et`));
    expect((read as SeasonResponse).season).toMatchObject({ name: "Keelesõber sügis" });
    const missing = await request(`${at}/mns_missing`);
    expect(missing.status).toBe(404);
    await check("get", seasonPath, missing);

    const peoplePath = `${seasonPath}/people`;
    const body = intakeBody({ answers: { qst_openapi_topic: "Music" } });
    const created = await signUp(organisation.slug, season.id, body, "key-openapi-mentoring");
    expect(created.status).toBe(201);
    const { person, manageUrl } = (await check("post", peoplePath, created)) as IntakeResponse;
    expect(person.answers).toEqual({ qst_openapi_topic: "Music" });
    const replay = await signUp(organisation.slug, season.id, body, "key-openapi-mentoring");
    expect(replay.status).toBe(200);
    await check("post", peoplePath, replay);
    const outOfRange = await signUp(organisation.slug, season.id, intakeBody({ level: "C1" }));
    expect(outOfRange.status).toBe(422);
    const envelope = (await check("post", peoplePath, outOfRange)) as ErrorEnvelope;
    expect(envelope.error.fieldCodes).toMatchObject({ level: { code: "level_out_of_range" } });

    const own = `/api/v1/mentoring/people/${person.id}`;
    const headers = bearer(manageUrl!);
    const seen = await check("get", "/mentoring/people/{id}", await request(own, { headers }));
    expect(seen).not.toHaveProperty("manageUrl");
    const unauthorised = await request(own);
    expect(unauthorised.status).toBe(401);
    await check("get", "/mentoring/people/{id}", unauthorised);
    const paused = await request(own, json("PATCH", { status: "paused" }, headers));
    expect(paused.status).toBe(200);
    await check("patch", "/mentoring/people/{id}", paused);
    const noPair = await request(
      `${own}/share-contact`,
      json("POST", { pairId: "mpr_x" }, headers),
    );
    expect(noPair.status).toBe(404);
    await check("post", "/mentoring/people/{id}/share-contact", noPair);
    const withdrawn = await request(`${own}/withdraw`, { method: "POST", headers });
    expect(withdrawn.status).toBe(200);
    await check("post", "/mentoring/people/{id}/withdraw", withdrawn);
    const tooLate = await request(own, json("PATCH", { status: "active" }, headers));
    expect(tooLate.status).toBe(409);
    await check("patch", "/mentoring/people/{id}", tooLate);
    const erased = await request(`${own}/erase`, { method: "POST", headers });
    expect(erased.status).toBe(204);
    await check("post", "/mentoring/people/{id}/erase", erased);
  });

  it("fails an answer whose body or status the document does not list", async () => {
    const broken = new Response(JSON.stringify({ events: "none" }), {
      headers: { "Content-Type": "application/json" },
    });
    await expect(check("get", "/orgs/{org}/events", broken)).rejects.toThrow(/must/);
    const unlisted = new Response("{}", {
      status: 418,
      headers: { "Content-Type": "application/json" },
    });
    await expect(check("get", "/health", unlisted)).rejects.toThrow(/418 is listed/);
  });
});
