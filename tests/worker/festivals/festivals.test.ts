import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type {
  AdminApplicationResponse,
  ApplicationListResponse,
  LedgerResponse,
  StallsResponse,
} from "../../../schema/contracts/admin/festivals.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type { ApplicationResponse, MenuResponse } from "../../../schema/contracts/festivals.js";
import { createMember } from "../admin-helpers.js";
import { allowedOrigin, day, request } from "../helpers.js";
import { completeApplication, createFestival, startApplication } from "../festival-helpers.js";

async function outboxKinds(organisationId: string) {
  const { results } = await env.DB.prepare(
    `SELECT kind FROM outbox WHERE organisation_id = ?1 ORDER BY created_at, rowid`,
  )
    .bind(organisationId)
    .all<{ kind: string }>();
  return results.map((row) => row.kind);
}

const fields = async (response: Response) =>
  Object.keys((await response.json<ErrorEnvelope>()).error.fields ?? {}).sort();

/** A festival with an approved cook (Fatima: vegan mujaddara, kibbeh with gluten). */
async function festivalWithCook(application = completeApplication()) {
  const festival = await createFestival();
  const started = await startApplication(
    festival.organisation.slug,
    festival.event.id,
    application,
  );
  expect((await started.as("/submit", { method: "POST" })).status).toBe(200);
  const organiser = await createMember(festival.organisation.id, "organiser");
  const base = `/api/v1/admin/orgs/${festival.organisation.slug}/events/${festival.event.id}`;
  return { ...festival, ...started, organiser, base, id: started.application!.id };
}

describe("cook applications", () => {
  it("starts a draft with just a name, edits it step by step, and submits it once complete", async () => {
    const { organisation, event } = await createFestival();
    const started = await startApplication(organisation.slug, event.id, {
      displayName: "Fatima",
      locale: "ar",
      consent: true,
    });
    expect(started.response.status).toBe(201);
    expect(started.application).toMatchObject({ status: "draft", editable: true, dishes: [] });
    expect(started.manageUrl).toMatch(/\/cook\/\?application=app_\w+#token=[\w-]+$/);

    const incomplete = await started.as("/submit", { method: "POST" });
    expect(incomplete.status).toBe(422);
    expect(await fields(incomplete)).toEqual(["contact", "dishes", "hygiene"]);

    const saved = await started.as("", {
      method: "PUT",
      body: JSON.stringify(
        completeApplication({
          dishes: [{ name: "Mujaddara", allergens: [], dietLabels: [] }],
          hygiene: "done",
          hygieneExpiresOn: null,
        }),
      ),
    });
    expect(saved.status).toBe(200);
    const stillIncomplete = await started.as("/submit", { method: "POST" });
    expect(await fields(stillIncomplete)).toEqual([
      "dishes.0.allergens",
      "dishes.0.priceCents",
      "hygieneExpiresOn",
    ]);

    await started.as("", { method: "PUT", body: JSON.stringify(completeApplication()) });
    const submitted = await started.as("/submit", { method: "POST" });
    expect(submitted.status).toBe(200);
    const { application } = await submitted.json<ApplicationResponse>();
    expect(application).toMatchObject({ status: "submitted", editable: true });
    expect(application.dishes.map((dish) => dish.name)).toEqual(["Mujaddara", "Kibbeh"]);
    expect(await outboxKinds(organisation.id)).toEqual(["cook_received"]);
  });

  it("refuses an allergen answer that is both some allergens and none of these", async () => {
    const { organisation, event } = await createFestival();
    const response = await startApplication(
      organisation.slug,
      event.id,
      completeApplication({
        dishes: [{ name: "Soup", priceCents: 200, allergens: ["celery"], allergensNone: true }],
      }),
    );
    expect(response.response.status).toBe(422);
    expect(await fields(response.response)).toEqual(["dishes.0.allergens"]);
  });

  it("closes applications at the deadline: no new ones, and existing ones become read-only", async () => {
    const { organisation, event } = await createFestival();
    const started = await startApplication(organisation.slug, event.id, completeApplication());
    await env.DB.prepare(`UPDATE events SET cook_deadline = ?1 WHERE id = ?2`)
      .bind(Date.now() - 1000, event.id)
      .run();
    const late = await startApplication(organisation.slug, event.id, completeApplication());
    expect(late.response.status).toBe(409);
    const edit = await started.as("", {
      method: "PUT",
      body: JSON.stringify(completeApplication({ displayName: "Changed" })),
    });
    expect(edit.status).toBe(409);
    const view = await (await started.as("")).json<ApplicationResponse>();
    expect(view.application).toMatchObject({ editable: false, displayName: "Fatima" });
  });

  it("gives a retried start (the same answers, the same key) the application it started, never a second one", async () => {
    const { organisation, event } = await createFestival();
    const body = completeApplication({ displayName: `Retry ${crypto.randomUUID()}` });
    const start = (answers: unknown, key: string) =>
      request(`/api/v1/orgs/${organisation.slug}/festivals/${event.id}/applications`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Origin: allowedOrigin,
          "Idempotency-Key": key,
        },
        body: JSON.stringify(answers),
      });
    const key = crypto.randomUUID();
    const first = await start(body, key);
    expect(first.status).toBe(201);
    const again = await start(body, key);
    expect(again.status).toBe(200);
    const one = await first.json<ApplicationResponse>();
    const two = await again.json<ApplicationResponse>();
    expect(two.application.id).toBe(one.application.id);
    expect(two.manageUrl).toBe(one.manageUrl);
    const rows = await env.DB.prepare(`SELECT id FROM cook_applications WHERE display_name = ?1`)
      .bind(body.displayName)
      .all();
    expect(rows.results).toHaveLength(1);
    // The key with other answers: refused, saying what to do.
    const other = await start({ ...body, cuisine: "Something else" }, key);
    expect(other.status).toBe(422);
    expect((await other.json<ErrorEnvelope>()).error.code).toBe("idempotency_key_reused");
    // After the deadline, the retry still gets its application; a new key is refused.
    await env.DB.prepare(`UPDATE events SET cook_deadline = ?1 WHERE id = ?2`)
      .bind(Date.now() - 1000, event.id)
      .run();
    expect((await start(body, key)).status).toBe(200);
    expect((await start(body, crypto.randomUUID())).status).toBe(409);
  });

  it("keeps the application private: another token or none cannot read it", async () => {
    const { as, id } = await festivalWithCook();
    expect((await request(`/api/v1/applications/${id}`)).status).toBe(401);
    expect(
      (await request(`/api/v1/applications/${id}`, { headers: { Authorization: "Bearer nope" } }))
        .status,
    ).toBe(404);
    expect((await as("")).status).toBe(200);
  });
});

describe("curating a festival", () => {
  it("approves with a message to the cook, who then sees the decision and cannot edit", async () => {
    const { organiser, base, id, as, organisation } = await festivalWithCook();
    const listed = await (
      await organiser.as(`${base}/applications`)
    ).json<ApplicationListResponse>();
    expect(listed.applications.map((application) => application.id)).toEqual([id]);
    const decided = await organiser.as(`${base}/applications/${id}/decision`, {
      method: "POST",
      json: { status: "approved", message: "Welcome! Please come at 9." },
    });
    expect((await decided.json<AdminApplicationResponse>()).application.status).toBe("approved");
    const view = (await (await as("")).json<ApplicationResponse>()).application;
    expect(view).toMatchObject({
      status: "approved",
      editable: false,
      // Plain text is in the organisation's language (the cook reads Arabic).
      organiserMessage: { text: "Welcome! Please come at 9.", lang: "en" },
    });
    expect(await outboxKinds(organisation.id)).toEqual(["cook_received", "cook_decision"]);
  });

  it("gives a stall only when it has the power and water the cook needs and nobody else has it", async () => {
    const { organiser, base, id, organisation, event } = await festivalWithCook();
    await organiser.as(`${base}/applications/${id}/decision`, {
      method: "POST",
      json: { status: "approved" },
    });
    const stalls = await (
      await organiser.as(`${base}/stalls`, {
        method: "PUT",
        json: {
          stalls: [
            { name: "A1 (no power)", water: true },
            { name: "B2", power: true },
          ],
        },
      })
    ).json<StallsResponse>();
    const [noPower, withPower] = stalls.stalls;
    expect(stalls.unassigned).toEqual([id]);

    const refused = await organiser.as(`${base}/applications/${id}/stall`, {
      method: "PUT",
      json: { stallId: noPower!.id },
    });
    expect(refused.status).toBe(409);
    expect((await refused.json<ErrorEnvelope>()).error.message).toContain("no power");

    const given = await organiser.as(`${base}/applications/${id}/stall`, {
      method: "PUT",
      json: { stallId: withPower!.id },
    });
    expect((await given.json<AdminApplicationResponse>()).application.stallId).toBe(withPower!.id);

    const other = await startApplication(
      organisation.slug,
      event.id,
      completeApplication({ stallNeeds: {} }),
    );
    await other.as("/submit", { method: "POST" });
    await organiser.as(`${base}/applications/${other.application!.id}/decision`, {
      method: "POST",
      json: { status: "approved" },
    });
    const taken = await organiser.as(`${base}/applications/${other.application!.id}/stall`, {
      method: "PUT",
      json: { stallId: withPower!.id },
    });
    expect(taken.status).toBe(409);
    const removing = await organiser.as(`${base}/stalls`, { method: "PUT", json: { stalls: [] } });
    expect(removing.status).toBe(409);
    expect(await outboxKinds(organisation.id)).toContain("cook_stall");
  });

  it("keeps a stall's id when it is edited, and never edits another festival's stall", async () => {
    const first = await createFestival();
    const second = await createFestival();
    const organiser = await createMember(first.organisation.id, "organiser");
    const otherOrganiser = await createMember(second.organisation.id, "organiser");
    const put = (as: typeof organiser, festival: typeof first, stalls: unknown[]) =>
      as.as(`/api/v1/admin/orgs/${festival.organisation.slug}/events/${festival.event.id}/stalls`, {
        method: "PUT",
        json: { stalls },
      });
    const created = await (
      await put(organiser, first, [{ name: "A1" }, { name: "B2", water: true }])
    ).json<StallsResponse>();
    const [a1, b2] = created.stalls;
    const elsewhere = await (
      await put(otherOrganiser, second, [{ name: "Z9" }])
    ).json<StallsResponse>();
    const edited = await (
      await put(organiser, first, [
        { id: a1!.id, name: "A1 by the door", power: true },
        // Another festival's id: a new stall here, the other festival's untouched.
        { id: elsewhere.stalls[0]!.id, name: "C3" },
      ])
    ).json<StallsResponse>();
    expect(edited.stalls.map((stall) => [stall.name, stall.power])).toEqual([
      ["A1 by the door", true],
      ["C3", false],
    ]);
    expect(edited.stalls[0]!.id).toBe(a1!.id);
    expect(edited.stalls.map((stall) => stall.id)).not.toContain(b2!.id);
    expect(edited.stalls[1]!.id).not.toBe(elsewhere.stalls[0]!.id);
    const still = await (
      await otherOrganiser.as(
        `/api/v1/admin/orgs/${second.organisation.slug}/events/${second.event.id}/stalls`,
      )
    ).json<StallsResponse>();
    expect(still.stalls.map((stall) => stall.name)).toEqual(["Z9"]);
  });

  it("flags hygiene training that is missing or expires before the festival, and records verification", async () => {
    const { organisation, event } = await createFestival();
    const organiser = await createMember(organisation.id, "organiser");
    const base = `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}`;
    const submit = async (overrides: Parameters<typeof completeApplication>[0]) => {
      const started = await startApplication(
        organisation.slug,
        event.id,
        completeApplication(overrides),
      );
      await started.as("/submit", { method: "POST" });
      return started.application!.id;
    };
    const planned = await submit({ hygiene: "planned", hygieneExpiresOn: null });
    const expiring = await submit({
      hygieneExpiresOn: new Date(Date.now() + 2 * day).toISOString().slice(0, 10),
    });
    const fine = await submit({});
    const { applications } = await (
      await organiser.as(`${base}/applications`)
    ).json<ApplicationListResponse>();
    const flag = (id: string) =>
      applications.find((application) => application.id === id)?.hygieneFlag;
    expect([flag(planned), flag(expiring), flag(fine)]).toEqual(["missing", "expires", null]);
    const verified = await organiser.as(`${base}/applications/${fine}/hygiene`, {
      method: "PUT",
      json: { verified: true },
    });
    expect((await verified.json<AdminApplicationResponse>()).application.hygieneVerified).toBe(
      true,
    );
  });

  it("keeps a ledger of ingredients and takings per cook with festival totals", async () => {
    const { organiser, base, id } = await festivalWithCook();
    await organiser.as(`${base}/applications/${id}/decision`, {
      method: "POST",
      json: { status: "approved" },
    });
    await organiser.as(`${base}/ledger`, {
      method: "POST",
      json: { applicationId: id, kind: "ingredients", amountCents: 3250 },
    });
    const ledger = await (
      await organiser.as(`${base}/ledger`, {
        method: "POST",
        json: { applicationId: id, kind: "takings", amountCents: 5400, note: "cash box" },
      })
    ).json<LedgerResponse>();
    expect(ledger.perCook).toEqual([
      {
        applicationId: id,
        displayName: "Fatima",
        ingredientsCents: 3250,
        takingsCents: 5400,
        balanceCents: 2150,
      },
    ]);
    expect(ledger.totals).toEqual({
      ingredientsCents: 3250,
      takingsCents: 5400,
      balanceCents: 2150,
    });
    const refused = await organiser.as(`${base}/ledger`, {
      method: "POST",
      json: { applicationId: "app_other", kind: "takings", amountCents: 1 },
    });
    expect(refused.status).toBe(422);
  });
});

describe("the public menu", () => {
  it("shows approved cooks' dishes only, filters by diet and allergen, and names cooks only with consent", async () => {
    const { organiser, base, id, organisation, event } = await festivalWithCook();
    const shy = await startApplication(
      organisation.slug,
      event.id,
      completeApplication({
        displayName: "Shy cook",
        consentPublic: false,
        dishes: [
          { name: "Borscht", priceCents: 300, allergens: ["celery"], dietLabels: ["vegetarian"] },
        ],
      }),
    );
    await shy.as("/submit", { method: "POST" });
    // Fresh reads, as a form makes: the menu changes between them (public reads are cached 15 s).
    const menu = (query = "") =>
      request(`/api/v1/orgs/${organisation.slug}/festivals/${event.id}/menu${query}`, {
        headers: { "Cache-Control": "no-cache" },
      }).then((r) => r.json<MenuResponse>());

    expect((await menu()).dishes).toEqual([]);
    for (const application of [id, shy.application!.id]) {
      await organiser.as(`${base}/applications/${application}/decision`, {
        method: "POST",
        json: { status: "approved" },
      });
    }
    const all = await menu();
    expect(all.dishes.map((dish) => dish.name).sort()).toEqual(["Borscht", "Kibbeh", "Mujaddara"]);
    expect(all.dishes.find((dish) => dish.name === "Borscht")?.cook).toBeNull();
    expect(all.dishes.find((dish) => dish.name === "Mujaddara")?.cook).toMatchObject({
      displayName: "Fatima",
    });
    expect((await menu("?diet=vegan")).dishes.map((dish) => dish.name)).toEqual(["Mujaddara"]);
    expect((await menu("?without=gluten,celery")).dishes.map((dish) => dish.name)).toEqual([
      "Mujaddara",
    ]);
    expect((await menu("?diet=halal&without=gluten")).dishes.map((dish) => dish.name)).toEqual([
      "Mujaddara",
    ]);
    const bad = await request(
      `/api/v1/orgs/${organisation.slug}/festivals/${event.id}/menu?without=bacon`,
    );
    expect(bad.status).toBe(422);
  });

  it("shows the organisers' translation in the visitor's language, falling back to the cook's words", async () => {
    const { organiser, base, id, organisation, event } = await festivalWithCook(
      completeApplication({ locale: "en" }),
    );
    await organiser.as(`${base}/applications/${id}/decision`, {
      method: "POST",
      json: { status: "approved" },
    });
    const { application } = await (
      await organiser.as(`${base}/applications?status=approved`)
    )
      .json<ApplicationListResponse>()
      .then((r) => ({ application: r.applications[0]! }));
    expect(application.dishes[0]!.missingTranslations).toEqual(["et", "ar"]);
    await organiser.as(`${base}/dishes/${application.dishes[0]!.id}/translations`, {
      method: "PUT",
      json: { name: { et: "Läätsed riisiga" }, description: { et: "Läätsed, riis ja sibul" } },
    });
    const estonian = await request(
      `/api/v1/orgs/${organisation.slug}/festivals/${event.id}/menu?lang=et`,
    ).then((r) => r.json<MenuResponse>());
    expect(estonian.dishes.find((dish) => dish.id === application.dishes[0]!.id)).toMatchObject({
      name: "Läätsed riisiga",
      contentLocale: "et",
    });
    const arabic = await request(
      `/api/v1/orgs/${organisation.slug}/festivals/${event.id}/menu?lang=ar`,
    ).then((r) => r.json<MenuResponse>());
    expect(arabic.dishes.find((dish) => dish.id === application.dishes[0]!.id)).toMatchObject({
      name: "Mujaddara",
      contentLocale: "en",
    });
  });
});
