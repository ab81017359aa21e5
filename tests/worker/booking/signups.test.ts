import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type { SignUpBody } from "../../../schema/contracts/registrations.js";
import {
  allowedOrigin,
  createBookableSlot,
  createEvent,
  createOrganisation,
  createSlot,
  day,
  postSignUp,
  registrationsOf,
  signUpBody,
} from "../helpers.js";

async function expectError(
  response: Response,
  status: number,
  code: string,
  fields: string[] = [],
) {
  expect(response.status).toBe(status);
  const body = await response.json<ErrorEnvelope>();
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(10);
  expect(Object.keys(body.error.fields ?? {}).sort()).toEqual([...fields].sort());
}

describe("POST /api/v1/orgs/:org/events/:eventId/registrations", () => {
  it("confirms a sign-up with 201, a manage link and a calendar link, and allows the origin", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const response = await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(slot.id, { adults: 2, children: 3, needs: { dietary: "halal" } }),
    );
    expect(response.status).toBe(201);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe(allowedOrigin);
    const { registration } = await response.json<{
      registration: {
        status: string;
        position: number | null;
        manageUrl: string;
        calendarUrl: string;
      };
    }>();
    expect(registration.status).toBe("confirmed");
    expect(registration.position).toBeNull();
    expect(registration.manageUrl).toMatch(
      /\/manage\/\?registration=reg_[a-z0-9]+#token=[\w-]{40,}$/,
    );
    expect(registration.calendarUrl).toMatch(
      /\/registrations\/reg_[a-z0-9]+\/calendar\.ics\?key=[\w-]+$/,
    );
    const [row] = await registrationsOf(slot.id);
    expect(row).toMatchObject({
      adults: 2,
      children: 3,
      dietaryNeeds: "halal",
      status: "confirmed",
    });
    expect(row!.manageTokenHash).not.toContain(registration.manageUrl.split("#token=")[1]);
  });

  const badBodies: [string, (slotId: string) => unknown, string[]][] = [
    ["missing consent", (slotId) => ({ ...signUpBody(slotId), consent: undefined }), ["consent"]],
    ["consent false", (slotId) => ({ ...signUpBody(slotId), consent: false }), ["consent"]],
    ["adults as a string", (slotId) => ({ ...signUpBody(slotId), adults: "two" }), ["adults"]],
    ["a negative child count", (slotId) => signUpBody(slotId, { children: -1 }), ["children"]],
    ["a fractional adult", (slotId) => signUpBody(slotId, { adults: 1.5 }), ["adults"]],
    ["an empty name", (slotId) => signUpBody(slotId, { name: "   " }), ["name"]],
    [
      "a bad email and phone",
      (slotId) => signUpBody(slotId, { email: "nope", phone: "call me" }),
      ["email", "phone"],
    ],
    ["a bad locale", (slotId) => signUpBody(slotId, { locale: "English!" }), ["locale"]],
    [
      "a too long dietary note",
      (slotId) => signUpBody(slotId, { needs: { dietary: "x".repeat(501) } }),
      ["needs.dietary"],
    ],
    ["no slot", (slotId) => ({ ...signUpBody(slotId), slotId: undefined }), ["slotId"]],
    ["a JSON array", () => [], ["adults", "consent", "fillMs", "locale", "name", "slotId"]],
    ["nobody coming", (slotId) => signUpBody(slotId, { adults: 0, children: 0 }), ["adults"]],
    ["a filled honeypot", (slotId) => signUpBody(slotId, { website: "http://spam" }), ["website"]],
    ["a form sent too fast", (slotId) => signUpBody(slotId, { fillMs: 200 }), ["fillMs"]],
    ["no fillMs", (slotId) => ({ ...signUpBody(slotId), fillMs: undefined }), ["fillMs"]],
    ["fillMs as a string", (slotId) => ({ ...signUpBody(slotId), fillMs: "5000" }), ["fillMs"]],
  ];
  for (const [name, body, fields] of badBodies) {
    it(`refuses ${name} with 422 naming the fields, and writes nothing`, async () => {
      const { organisation, event, slot } = await createBookableSlot();
      await expectError(
        await postSignUp(organisation.slug, event.id, body(slot.id)),
        422,
        "validation_failed",
        fields,
      );
      expect(await registrationsOf(slot.id)).toHaveLength(0);
    });
  }

  it("refuses malformed JSON with 400", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    await expectError(
      await postSignUp(organisation.slug, event.id, '{"slotId": '),
      400,
      "invalid_json",
    );
    expect(await registrationsOf(slot.id)).toHaveLength(0);
  });

  it("refuses a body that is not JSON with 415", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const response = await postSignUp(organisation.slug, event.id, "name=x", {
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    await expectError(response, 415, "unsupported_media_type");
    expect(await registrationsOf(slot.id)).toHaveLength(0);
  });

  it("refuses an oversized body with 413", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const body = signUpBody(slot.id, { name: "x".repeat(20_000) });
    await expectError(
      await postSignUp(organisation.slug, event.id, body),
      413,
      "payload_too_large",
    );
    expect(await registrationsOf(slot.id)).toHaveLength(0);
  });

  it("requires an Idempotency-Key", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    await expectError(
      await postSignUp(organisation.slug, event.id, signUpBody(slot.id), { key: null }),
      400,
      "idempotency_key_required",
    );
  });

  it("answers 404 for an unknown organisation, event, draft event or slot", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const draft = await createEvent(organisation.id, { status: "draft" });
    const draftSlot = await createSlot(draft);
    const other = await createBookableSlot();
    await expectError(
      await postSignUp("no-such-org", event.id, signUpBody(slot.id)),
      404,
      "not_found",
    );
    await expectError(
      await postSignUp(organisation.slug, "evt_missing", signUpBody(slot.id)),
      404,
      "not_found",
    );
    await expectError(
      await postSignUp(organisation.slug, draft.id, signUpBody(draftSlot.id)),
      404,
      "not_found",
    );
    await expectError(
      await postSignUp(organisation.slug, event.id, signUpBody(other.slot.id)),
      404,
      "not_found",
      ["slotId"],
    );
    // An event of another organisation is not reachable through this one.
    await expectError(
      await postSignUp(organisation.slug, other.event.id, signUpBody(other.slot.id)),
      404,
      "not_found",
    );
  });

  it("answers 409 when sign-up has closed, has not opened, or the event was cancelled", async () => {
    const organisation = await createOrganisation();
    const closed = await createEvent(organisation.id, { signupClosesAt: Date.now() - day });
    const notYet = await createEvent(organisation.id, { signupOpensAt: Date.now() + day });
    const cancelled = await createEvent(organisation.id, { status: "cancelled" });
    const started = await createEvent(organisation.id, { startsAt: Date.now() - 60_000 });
    for (const [event, code] of [
      [closed, "signup_closed"],
      [notYet, "signup_closed"],
      [cancelled, "event_not_open"],
      [started, "signup_closed"],
    ] as const) {
      const slot = await createSlot(event);
      await expectError(
        await postSignUp(organisation.slug, event.id, signUpBody(slot.id)),
        409,
        code,
      );
      expect(await registrationsOf(slot.id)).toHaveLength(0);
    }
  });

  it("refuses a party larger than the slot with 422 and says how many places there are", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 4,
      waitlistCapacity: 10,
    });
    const response = await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(slot.id, { adults: 3, children: 2 }),
    );
    expect(response.status).toBe(422);
    const body = await response.json<ErrorEnvelope>();
    expect(body.error.code).toBe("party_too_large");
    expect(body.error.message).toContain("4 places");
  });

  it("answers 409 slot_full when places and waitlist are both full", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 1,
      waitlistCapacity: 0,
    });
    expect((await postSignUp(organisation.slug, event.id, signUpBody(slot.id))).status).toBe(201);
    await expectError(
      await postSignUp(organisation.slug, event.id, signUpBody(slot.id)),
      409,
      "slot_full",
    );
    expect(await registrationsOf(slot.id)).toHaveLength(1);
  });

  it("refuses writes from an origin the organisation has not allowed, and from none, with 403", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    for (const origin of [
      "https://evil.example",
      "null",
      null,
      "https://city.example.evil.example",
    ]) {
      const response = await postSignUp(organisation.slug, event.id, signUpBody(slot.id), {
        origin,
      });
      await expectError(response, 403, "forbidden_origin");
      expect(response.headers.get("Access-Control-Allow-Origin")).toBeNull();
    }
    expect(await registrationsOf(slot.id)).toHaveLength(0);
  });
});

describe("text hygiene in sign-ups", () => {
  const refused: [string, Partial<SignUpBody>, string][] = [
    ["a NUL as the name", { name: "\u0000" }, "name"],
    ["a control character inside the name", { name: "Ami\u0007na" }, "name"],
    ["a line break inside the name", { name: "Amina\nYour account is locked" }, "name"],
    ["a tab inside the name", { name: "Amina\tK." }, "name"],
    ["a lone surrogate in the name", { name: "Amina \uD83D" }, "name"],
    [
      "an escape sequence in the interpreter language",
      { needs: { interpreterLanguage: "\u001b[2J" } },
      "needs.interpreterLanguage",
    ],
    ["a C1 control in the dietary note", { needs: { dietary: "halal\u0085" } }, "needs.dietary"],
    [
      "a lone surrogate in the accessibility note",
      { needs: { accessibility: "ramp \uDC00" } },
      "needs.accessibility",
    ],
  ];
  for (const [name, answers, field] of refused) {
    it(`refuses ${name} with 422 control_characters on ${field}, and writes nothing`, async () => {
      const { organisation, event, slot } = await createBookableSlot();
      const response = await postSignUp(organisation.slug, event.id, signUpBody(slot.id, answers));
      expect(response.status).toBe(422);
      const { error } = await response.json<ErrorEnvelope>();
      expect(error.fieldCodes).toEqual({ [field]: { code: "control_characters" } });
      expect(await registrationsOf(slot.id)).toHaveLength(0);
    });
  }

  it("keeps line breaks in the needs, which are text boxes", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const dietary = "halal\nno nuts";
    const response = await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(slot.id, { needs: { dietary } }),
    );
    expect(response.status).toBe(201);
    expect((await registrationsOf(slot.id))[0]?.dietaryNeeds).toBe(dietary);
  });

  it("removes direction overrides from the name and keeps the name", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const response = await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(slot.id, { name: "\u202eanimA\u202c \u2066أمينة\u2069" }),
    );
    expect(response.status).toBe(201);
    expect((await registrationsOf(slot.id))[0]?.name).toBe("animA أمينة");
  });

  it("refuses a sign-up without fillMs: the too-fast check is never skipped", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const { fillMs: _fillMs, ...withoutFillMs } = signUpBody(slot.id);
    const response = await postSignUp(organisation.slug, event.id, withoutFillMs);
    expect(response.status).toBe(422);
    const { error } = await response.json<ErrorEnvelope>();
    expect(error.code).toBe("validation_failed");
    expect(error.fieldCodes).toEqual({ fillMs: { code: "required" } });
    expect(await registrationsOf(slot.id)).toHaveLength(0);
  });
});
