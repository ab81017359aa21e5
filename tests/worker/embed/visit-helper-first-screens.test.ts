import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { createBookableSlot, registrationsOf, request, sendFirstScreenForm } from "../helpers.js";
import { askOnVisit, createVisit } from "../visit-helpers.js";
import { outcomeOf } from "./first-screen-answers.js";

/*
 * A visit's host and interpreter forms on their own first screens: drawn as the widget draws
 * them, sent before the widget's code has come, booked through the API's sign-up route.
 */

type Form = "host-form" | "interpreter-form";

const formPath = (slug: string, visitId: string, form: Form, query = "lang=ar&tz=UTC") =>
  `/api/v1/orgs/${slug}/visits/${visitId}/${form}/first-screen?${query}`;

const send = (
  slug: string,
  visitId: string,
  form: Form,
  fields: Record<string, string | string[]>,
  query?: string,
) =>
  sendFirstScreenForm(formPath(slug, visitId, form, query), {
    consent: "yes",
    website: "",
    fillMs: "5000",
    ...fields,
  });

const namesIn = (markup: string) => [
  ...new Set([...markup.matchAll(/ name="([^"]+)"/g)].map((match) => match[1])),
];

const refusedFields = (markup: string) =>
  [...markup.matchAll(/data-for="([^"]+)"/g)].map((match) => match[1]).sort();

describe("GET /api/v1/orgs/:org/visits/:eventId/host-form/first-screen and interpreter-form", () => {
  it("draws the host form as the widget does: the stop, who, the offer, how many, the contact", async () => {
    const { organisation, event, hostSlot } = await createVisit();
    const response = await request(
      formPath(organisation.slug, event.id, "host-form", "lang=uk&tz=UTC"),
      {
        headers: { Origin: "https://any.example" },
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toContain("public");
    const markup = await response.text();
    expect(markup).toMatch(
      /^<div part="base" class="base" lang="uk" dir="ltr" data-first-screen data-signup-origins="[^"]*" data-signup-page="[^"]*"><div part="status" class="status" role="status"><\/div><div part="error" class="error-box" role="alert"><\/div><form part="form" class="form" novalidate data-sends>/,
    );
    expect(namesIn(markup)).toEqual([
      "slotId",
      "name",
      "offer",
      "adults",
      "email",
      "phone",
      "consent",
      "website",
    ]);
    // The stop to host, by its time and place, after a first "Choose …".
    expect(markup).toMatch(
      new RegExp(
        `<option value="">[^<]+</option><option value="${hostSlot.id}">[^<]+ · Stop 2</option>`,
      ),
    );
    expect(markup).toContain('name="adults" type="number" dir="ltr" value="1"');
    expect(markup).toMatch(
      /<button part="button" class="button submit" type="submit" data-sending/,
    );
  });

  it("draws the interpreter form: who, the languages in their own scripts with a hint, the contact", async () => {
    const { organisation, event } = await createVisit();
    const markup = await (
      await request(formPath(organisation.slug, event.id, "interpreter-form"))
    ).text();
    expect(markup).toMatch(/^<div part="base" class="base" lang="ar" dir="rtl" data-first-screen/);
    expect(namesIn(markup)).toEqual(["name", "languages", "email", "phone", "consent", "website"]);
    expect(markup).toContain(
      '<fieldset class="group" aria-describedby="languages-hint"><legend part="label">',
    );
    expect(markup).toContain('<span lang="uk" dir="ltr">');
    expect(markup).toContain('<span lang="fa" dir="rtl">');
  });

  it("asks each form the organisers' questions for its people and for everyone", async () => {
    const { organisation, event } = await createVisit();
    await askOnVisit(event, [
      ["groups", "visitor"],
      ["hosts", "host"],
      ["interpreters", "interpreter"],
      ["all", null],
    ]);
    const draw = async (form: Form) =>
      (await request(formPath(organisation.slug, event.id, form, "lang=en&tz=UTC"))).text();
    const host = await draw("host-form");
    expect(host).toContain("Question for hosts");
    expect(host).toContain("Question for all");
    expect(host).not.toContain("Question for groups");
    expect(host).not.toContain("Question for interpreters");
    expect(host.indexOf("Question for all")).toBeLessThan(host.indexOf('name="consent"'));
    const interpreter = await draw("interpreter-form");
    expect(interpreter).toContain("Question for interpreters");
    expect(interpreter).toContain("Question for all");
    expect(interpreter).not.toContain("Question for hosts");
  });

  it("answers 404 for an event without places for hosts or interpreters", async () => {
    const { organisation, event } = await createBookableSlot();
    for (const form of ["host-form", "interpreter-form"] as const) {
      const response = await request(formPath(organisation.slug, event.id, form));
      expect(response.status).toBe(404);
      expect((await response.json<ErrorEnvelope>()).error.message).toMatch(/host-community visit/);
      expect((await send(organisation.slug, event.id, form, { name: "Mari" })).status).toBe(404);
    }
  });
});

describe("POST /api/v1/orgs/:org/visits/:eventId/host-form/first-screen and interpreter-form", () => {
  it("books a host at their stop with what they offer, and answers with the widget's confirmation", async () => {
    const { organisation, event, hostSlot } = await createVisit();
    const response = await send(organisation.slug, event.id, "host-form", {
      slotId: hostSlot.id,
      name: "Tartu Farm",
      offer: "A walk through the orchard",
      // Typed on an Arabic keyboard, read as the widget reads it.
      adults: "٢",
      email: "",
      phone: "+372 5555 0102",
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const markup = await response.text();
    const outcome = outcomeOf(markup);
    if (!("registration" in outcome)) throw new Error("expected a booking");
    expect(outcome.emailGiven).toBe(false);
    expect(markup).toContain('<h4 class="result-title" tabindex="-1">');
    const [row, ...more] = await registrationsOf(hostSlot.id);
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({
      id: outcome.registration.id,
      adults: 2,
      children: 0,
      offer: "A walk through the orchard",
      locale: "ar",
    });
  });

  it("refuses a host every answer to fix at once, the stop in the host form's words", async () => {
    const { organisation, event, hostSlot, visitorSlot } = await createVisit();
    const missing = await send(organisation.slug, event.id, "host-form", {
      slotId: "",
      name: "",
      offer: " ",
      adults: "1",
      consent: "",
    });
    expect(missing.status).toBe(422);
    const markup = await missing.text();
    expect(refusedFields(markup)).toEqual(["consent", "name", "offer", "slotId"]);
    expect(markup).toMatch(/[\u0600-\u06FF]/);
    // A group's seats are not a stop to host.
    const english = await send(
      organisation.slug,
      event.id,
      "host-form",
      { slotId: visitorSlot.id, name: "Mari", offer: "Tea", adults: "1" },
      "lang=en&tz=UTC",
    );
    expect(english.status).toBe(422);
    expect(await english.text()).toMatch(/data-for="slotId" id="slotId-error">Choose a stop\.</);
    expect(await registrationsOf(hostSlot.id)).toHaveLength(0);
    expect(await registrationsOf(visitorSlot.id)).toHaveLength(0);
  });

  it("books an interpreter with their languages, one person, and refuses one without a language", async () => {
    const { organisation, event, interpreterSlot } = await createVisit();
    const none = await send(organisation.slug, event.id, "interpreter-form", {
      name: "Olena",
      email: "olena@example.org",
      phone: "",
    });
    expect(none.status).toBe(422);
    expect(refusedFields(await none.text())).toEqual(["languages"]);
    const response = await send(organisation.slug, event.id, "interpreter-form", {
      name: "Olena",
      languages: ["uk", "et"],
      email: "olena@example.org",
      phone: "",
      // Not asked on this form: one interpreter, whatever is posted.
      adults: "5",
    });
    expect(response.status).toBe(201);
    const outcome = outcomeOf(await response.text());
    if (!("registration" in outcome)) throw new Error("expected a booking");
    expect(outcome.emailGiven).toBe(true);
    const [row, ...more] = await registrationsOf(interpreterSlot.id);
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({ adults: 1, children: 0, email: "olena@example.org" });
    expect(row!.languages).toEqual(["uk", "et"]);
  });

  it("refuses a host more people than their stop can take, or an offer too long, in the widget's words", async () => {
    const { organisation, event, hostSlot } = await createVisit();
    const english = (fields: Record<string, string>) =>
      send(
        organisation.slug,
        event.id,
        "host-form",
        { slotId: hostSlot.id, name: "Tartu Farm", offer: "Tea", adults: "1", ...fields },
        "lang=en&tz=UTC",
      );
    // The stop has 2 host places.
    const tooMany = await english({ adults: "3" });
    expect(tooMany.status).toBe(422);
    expect(await tooMany.text()).toMatch(
      /data-for="adults" id="adults-error">Too many people for this time\./,
    );
    const tooLong = await english({ offer: "x".repeat(501) });
    expect(tooLong.status).toBe(422);
    expect(refusedFields(await tooLong.text())).toEqual(["offer"]);
    expect(await registrationsOf(hostSlot.id)).toHaveLength(0);
  });

  it("words an interpreter without a language in the reader's language, and takes every language the form offers", async () => {
    const { organisation, event, interpreterSlot } = await createVisit();
    const none = await send(organisation.slug, event.id, "interpreter-form", {
      name: "Olena",
      email: "",
      phone: "",
    });
    // Arabic: "Choose at least one language you interpret", beside the languages.
    expect(await none.text()).toMatch(/data-for="languages" id="languages-error">[\u0600-\u06FF]/);
    const every = [
      "uk",
      "ru",
      "ar",
      "fa",
      "prs",
      "ps",
      "ti",
      "so",
      "ku",
      "tr",
      "et",
      "en",
      "es",
      "fr",
    ];
    const all = await send(organisation.slug, event.id, "interpreter-form", {
      name: "Olena",
      languages: every,
      email: "",
      phone: "+372 5555 0103",
    });
    expect(all.status).toBe(201);
    const [row] = await registrationsOf(interpreterSlot.id);
    expect(row!.languages).toEqual(every);
  });
});
