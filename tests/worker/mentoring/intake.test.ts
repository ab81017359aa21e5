import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type { IntakeResponse, SeasonResponse } from "../../../schema/contracts/mentoring.js";
import { allowedOrigin, request } from "../helpers.js";
import {
  createSeason,
  intakeBody,
  signUp,
  signedUp,
  tokenOfManageUrl,
} from "./mentoring-helpers.js";

const envelope = async (response: Response) => ((await response.json()) as ErrorEnvelope).error;

describe("a Language Friend season's intake", () => {
  it("shows the season in the reader's language, and signs up a learner with a manage link and a confirmation", async () => {
    const { organisation, season } = await createSeason();
    const read = await request(
      `/api/v1/orgs/${organisation.slug}/mentoring/seasons/${season.id}?lang=et`,
    );
    expect(read.status).toBe(200);
    const publicSeason = ((await read.json()) as SeasonResponse).season;
    expect(publicSeason).toMatchObject({
      name: "Keelesõber sügis",
      practisedLanguage: "et",
      intakeOpen: true,
      learnerLevels: { min: "A2", max: "B2" },
    });

    const response = await signUp(organisation.slug, season.id, intakeBody());
    expect(response.status).toBe(201);
    const body = (await response.json()) as IntakeResponse;
    expect(body.manageUrl).toMatch(/\/mentoring\/\?person=mnt_\w+#token=/);
    expect(body.person).toMatchObject({ role: "learner", status: "active", capacity: 0 });
    const queued = await env.DB.prepare(`SELECT kind FROM outbox WHERE mentoring_person_id = ?1`)
      .bind(body.person.id)
      .all<{ kind: string }>();
    expect(queued.results).toEqual([{ kind: "mentoring_received" }]);
  });

  it("answers a retry with the first answer, and a reused key with other answers with 422", async () => {
    const { organisation, season } = await createSeason();
    const body = intakeBody();
    const first = await signUp(organisation.slug, season.id, body, "key-mentoring-1");
    const again = await signUp(organisation.slug, season.id, body, "key-mentoring-1");
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(((await again.json()) as IntakeResponse).person.id).toBe(
      ((await first.json()) as IntakeResponse).person.id,
    );
    const other = await signUp(
      organisation.slug,
      season.id,
      { ...body, firstName: "Someone else" },
      "key-mentoring-1",
    );
    expect(other.status).toBe(422);
    expect((await envelope(other)).code).toBe("idempotency_key_reused");
  });

  it("refuses a learner outside the season's levels, a mode it does not offer, in person without a region, and too many learners", async () => {
    const { organisation, season } = await createSeason({ modes: ["online", "in_person"] });
    const refused = await signUp(
      organisation.slug,
      season.id,
      intakeBody({ level: "C1", modes: ["phone", "in_person"], region: "" }),
    );
    expect(refused.status).toBe(422);
    const error = await envelope(refused);
    expect(error.fieldCodes).toEqual({
      level: { code: "level_out_of_range", params: { min: "A2", max: "B2" } },
      modes: { code: "mode_not_offered", params: { modes: "online, in_person" } },
      region: { code: "region_required" },
    });
    const mentor = await signUp(
      organisation.slug,
      season.id,
      intakeBody({ role: "mentor", level: "C2", capacity: 3 }),
    );
    expect((await envelope(mentor)).fieldCodes).toEqual({
      capacity: { code: "too_large", params: { max: 2 } },
    });
    const { results } = await env.DB.prepare(`SELECT id FROM mentoring_people WHERE season_id = ?1`)
      .bind(season.id)
      .all();
    expect(results).toEqual([]);
  });

  it("closes at the intake deadline, and says when", async () => {
    const { organisation, season } = await createSeason();
    await env.DB.prepare(`UPDATE mentoring_seasons SET intake_closes_at = ?2 WHERE id = ?1`)
      .bind(season.id, Date.now() - 1000)
      .run();
    const late = await signUp(organisation.slug, season.id, intakeBody());
    expect(late.status).toBe(409);
    expect(await envelope(late)).toMatchObject({ code: "signup_closed" });
    expect(
      (await envelope(await signUp(organisation.slug, "mns_unknown", intakeBody()))).code,
    ).toBe("not_found");
  });

  it("lets a person see, change, pause, withdraw and erase their sign-up with their link only", async () => {
    const { organisation, season } = await createSeason();
    const { person, manageUrl } = await signedUp(organisation.slug, season.id, intakeBody());
    const token = tokenOfManageUrl(manageUrl!);
    const as = (path: string, init: RequestInit = {}, bearer = token) =>
      request(`/api/v1/mentoring/people/${person.id}${path}`, {
        ...init,
        headers: {
          Authorization: `Bearer ${bearer}`,
          Origin: allowedOrigin,
          "Content-Type": "application/json",
          ...(init.headers ?? {}),
        },
      });
    expect((await as("", {}, "wrong-token")).status).toBe(404);
    expect((await request(`/api/v1/mentoring/people/${person.id}`)).status).toBe(401);

    const seen = (await (await as("")).json()) as IntakeResponse;
    expect(seen.person.firstName).toBe("Olena");
    const changed = await as("", {
      method: "PATCH",
      body: JSON.stringify({ firstName: "Olenka", status: "paused" }),
    });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as IntakeResponse).person).toMatchObject({
      firstName: "Olenka",
      status: "paused",
    });
    const badLevel = await as("", { method: "PATCH", body: JSON.stringify({ level: "C2" }) });
    expect((await envelope(badLevel)).fieldCodes?.level?.code).toBe("level_out_of_range");

    const elsewhere = await as("/withdraw", {
      method: "POST",
      headers: { Origin: "https://elsewhere.example" },
    });
    expect(elsewhere.status).toBe(403);
    const withdrawn = await as("/withdraw", { method: "POST" });
    expect(((await withdrawn.json()) as IntakeResponse).person.status).toBe("withdrawn");
    expect((await as("/erase", { method: "POST" })).status).toBe(204);
    const row = await env.DB.prepare(
      `SELECT first_name, email, erased_at FROM mentoring_people WHERE id = ?1`,
    )
      .bind(person.id)
      .first<{ first_name: string; email: string | null; erased_at: number | null }>();
    expect(row).toMatchObject({ first_name: "", email: null });
    expect(row?.erased_at).not.toBeNull();
    expect((await as("")).status).toBe(404);
  });
});
