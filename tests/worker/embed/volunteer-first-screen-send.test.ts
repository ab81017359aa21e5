import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { allowedOrigin, createSlot, request } from "../helpers.js";
import { createShifts } from "../volunteer-helpers.js";
import { outcomeOf } from "./first-screen-answers.js";

const hour = 3_600_000;

/** `createShifts`' festival with a welcome desk too: a role that asks nothing, two shifts. */
async function withWelcomeDesk() {
  const festival = await createShifts();
  const { organisation, event } = festival;
  const desk = `rol_desk_${event.id.slice(4)}`;
  await env.DB.prepare(
    `INSERT INTO volunteer_roles (id, organisation_id, position, name, description, requirements, minimum_age)
     VALUES (?1, ?2, 2, '{"en":"Welcome desk"}', '{}', '[]', NULL)`,
  )
    .bind(desk, organisation.id)
    .run();
  const deskShift = (from: number, to: number) =>
    createSlot(event, {
      audience: "volunteer",
      roleId: desk,
      startsAt: event.startsAt + from * hour,
      endsAt: event.startsAt + to * hour,
      capacity: 3,
      minimum: 1,
    });
  return { ...festival, early: await deskShift(0, 2), late: await deskShift(1, 3) };
}

function formFields(fields: [string, string][]) {
  return new URLSearchParams([
    ["name", "Olena"],
    ["email", "olena@example.org"],
    ["phone", ""],
    ["languages", "uk"],
    ["languages", "et"],
    ["consent", "yes"],
    ...fields,
  ]);
}

/** `formFields` with the volunteer's own name, to find them by. */
function named(name: string, fields: [string, string][]) {
  const form = formFields(fields);
  form.set("name", name);
  return form;
}

function send(
  slug: string,
  body: URLSearchParams,
  options: { origin?: string; key?: string; lang?: string } = {},
) {
  return request(
    `/api/v1/orgs/${slug}/shifts/first-screen?lang=${options.lang ?? "uk"}&tz=Europe/Tallinn`,
    {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Idempotency-Key": options.key ?? crypto.randomUUID(),
        Origin: options.origin ?? allowedOrigin,
      },
      body: body.toString(),
    },
  );
}

const volunteersNamed = async (name: string) =>
  (
    await env.DB.prepare(`SELECT id, languages FROM volunteers WHERE name = ?1`)
      .bind(name)
      .all<{ id: string; languages: string }>()
  ).results;

describe("POST /api/v1/orgs/:org/shifts/first-screen", () => {
  it("signs the volunteer up and answers with the widget's signed-up screen, in their language", async () => {
    const { organisation, early } = await withWelcomeDesk();
    const name = `Olena ${crypto.randomUUID()}`;
    const response = await send(organisation.slug, named(name, [["shiftIds", early.id]]));
    expect(response.status).toBe(201);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe(allowedOrigin);
    const markup = await response.text();
    const outcome = outcomeOf(markup);
    if (!("volunteer" in outcome)) throw new Error("expected a volunteer");
    expect(outcome.volunteer.shifts.map((shift) => shift.shiftId)).toEqual([early.id]);
    expect(markup).toContain('<h2 id="result-title" class="outcome" tabindex="-1">');
    expect(markup).toContain(`href="${outcome.manageUrl.replace(/&/g, "&amp;")}"`);
    expect(markup).toContain(`value="${outcome.volunteer.calendarUrl.replace(/&/g, "&amp;")}"`);
    expect(markup).toContain("Додати"); // the feed's "add to calendar", in Ukrainian
    const [row, ...more] = await volunteersNamed(name);
    expect(more).toHaveLength(0);
    expect(JSON.parse(row!.languages)).toEqual(["uk", "et"]);
  });

  it("puts each refusal beside what it names: the fields, the list, a shift", async () => {
    const { organisation, early, late, morning } = await withWelcomeDesk();
    const fields = await send(
      organisation.slug,
      new URLSearchParams([
        ["name", ""],
        ["shiftIds", early.id],
      ]),
    );
    expect(fields.status).toBe(422);
    const fieldsMarkup = await fields.text();
    expect([...fieldsMarkup.matchAll(/data-for="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual([
      "consent",
      "name",
    ]);
    const overlap = await send(
      organisation.slug,
      formFields([
        ["shiftIds", early.id],
        ["shiftIds", late.id],
      ]),
    );
    expect(overlap.status).toBe(422);
    expect(await overlap.text()).toMatch(/data-for="shiftIds" id="shiftIds-error">[^<]+</);
    // A shift whose role asks for training, sent without the widget's question: beside it.
    const asked = await send(organisation.slug, formFields([["shiftIds", morning.id]]));
    expect(asked.status).toBe(422);
    expect(await asked.text()).toContain(
      `data-for="shiftIds" data-value="${morning.id}" id="shiftIds-${morning.id}-error">`,
    );
    expect(await volunteersNamed("Olena")).toHaveLength(0);
  });

  it("takes nothing from a website the organisation has not allowed, and a retry books once", async () => {
    const { organisation, early } = await withWelcomeDesk();
    const name = `Mari ${crypto.randomUUID()}`;
    const body = named(name, [["shiftIds", early.id]]);
    const refused = await send(organisation.slug, body, { origin: "https://elsewhere.example" });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("Access-Control-Allow-Origin")).toBeNull();
    const key = crypto.randomUUID();
    expect((await send(organisation.slug, body, { key })).status).toBe(201);
    expect((await send(organisation.slug, body, { key })).status).toBe(200);
    expect(await volunteersNamed(name)).toHaveLength(1);
    const json = await request(`/api/v1/orgs/${organisation.slug}/shifts/first-screen?tz=UTC`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: allowedOrigin },
      body: "{}",
    });
    expect(json.status).toBe(415);
  });
});
