import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type {
  AdminSeason,
  SeasonBody,
  WorkbenchResponse,
} from "../../../schema/contracts/admin/mentoring.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type { IntakeResponse, SeasonResponse } from "../../../schema/contracts/mentoring.js";
import { eraseEndedSeasons } from "../../../worker/jobs/erase-ended-seasons.js";
import { parseMime } from "../../../worker/mail/mime-parse.js";
import { deliverDueMessages } from "../../../worker/notifications/deliver.js";
import { allowedOrigin, day, request } from "../helpers.js";
import {
  createSeason,
  intakeBody,
  seasonBody,
  signUp,
  signedUp,
  tokenOfManageUrl,
} from "./mentoring-helpers.js";

const envelope = async (response: Response) => ((await response.json()) as ErrorEnvelope).error;

/** Three questions: one for everyone (optional), one learners must answer, one mentors' own. */
const questions: NonNullable<SeasonBody["questions"]> = [
  {
    kind: "short_text",
    label: { en: "What would you like to talk about first?", et: "Millest tahaksid alustada?" },
  },
  {
    kind: "one_choice",
    label: { en: "How did you hear of us?", uk: "Як ви дізналися про нас?" },
    choices: [{ label: { en: "A friend", uk: "Від друга" } }, { label: { en: "The library" } }],
    required: true,
    sensitive: true,
    audience: "learner",
  },
  {
    kind: "yes_no",
    label: { en: "Have you mentored before?" },
    audience: "mentor",
  },
];

async function seasonWithQuestions() {
  const made = await createSeason();
  const saved = await made.admin("", {
    method: "PUT",
    json: seasonBody({ questions, version: made.season.pairingVersion }),
  });
  expect(saved.status).toBe(200);
  const season = ((await saved.json()) as { season: AdminSeason }).season;
  const [topic, heard, before] = season.questions;
  return { ...made, season, topic: topic!, heard: heard!, before: before! };
}

const manage = (personId: string, token: string, path = "", init: RequestInit = {}) =>
  request(`/api/v1/mentoring/people/${personId}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${token}`,
      Origin: allowedOrigin,
      "Content-Type": "application/json",
    },
  });

describe("a season's own questions", () => {
  it("saves them with ids, keeps them when an edit leaves them out, and refuses a bad one on its field", async () => {
    const s = await seasonWithQuestions();
    expect(s.season.questions.map((question) => question.audience)).toEqual([
      null,
      "learner",
      "mentor",
    ]);
    expect(s.topic.id).toMatch(/^qst_/);
    expect(s.heard.choices.map((choice) => choice.id)).toEqual([
      expect.stringMatching(/^chc_/),
      expect.stringMatching(/^chc_/),
    ]);
    // An edit without `questions` keeps them; with a list, ids sent back are kept.
    const kept = await s.admin("", {
      method: "PUT",
      json: seasonBody({ version: s.season.pairingVersion }),
    });
    const keptSeason = ((await kept.json()) as { season: AdminSeason }).season;
    expect(keptSeason.questions).toEqual(s.season.questions);

    const refused = await s.admin("", {
      method: "PUT",
      json: seasonBody({
        version: keptSeason.pairingVersion,
        questions: [
          { kind: "one_choice", label: { en: "Pick" }, choices: [{ label: { en: "Only" } }] },
          { kind: "short_text", label: { en: "For whom?" }, audience: "visitor" },
        ],
      } as never),
    });
    expect(refused.status).toBe(422);
    expect(Object.keys((await envelope(refused)).fields ?? {}).sort()).toEqual([
      "questions.0.choices",
      "questions.1.audience",
    ]);
    const tooMany = await s.admin("", {
      method: "PUT",
      json: seasonBody({
        version: keptSeason.pairingVersion,
        questions: Array.from({ length: 21 }, () => ({
          kind: "short_text" as const,
          label: { en: "Again?" },
        })),
      }),
    });
    expect((await envelope(tooMany)).fields).toHaveProperty("questions");
  });

  it("shows the questions in the reader's language, saying which language each is in", async () => {
    const s = await seasonWithQuestions();
    const read = async (lang: string) =>
      (
        (await (
          await request(
            `/api/v1/orgs/${s.organisation.slug}/mentoring/seasons/${s.season.id}?lang=${lang}`,
          )
        ).json()) as SeasonResponse
      ).season.questions;
    const inEstonian = await read("et");
    expect(inEstonian[0]).toMatchObject({
      label: "Millest tahaksid alustada?",
      labelLang: "et",
      required: false,
      audience: null,
    });
    const inUkrainian = await read("uk");
    expect(inUkrainian[1]).toMatchObject({
      label: "Як ви дізналися про нас?",
      labelLang: "uk",
      required: true,
      sensitive: true,
      audience: "learner",
      choices: [
        { id: s.heard.choices[0]!.id, label: "Від друга" },
        { id: s.heard.choices[1]!.id, label: "The library" },
      ],
    });
    expect(inUkrainian[2]).toMatchObject({ label: "Have you mentored before?", labelLang: "en" });
  });

  it("checks a sign-up's answers against the questions for its role, and keeps them", async () => {
    const s = await seasonWithQuestions();
    const refused = await signUp(
      s.organisation.slug,
      s.season.id,
      intakeBody({ answers: { [s.topic.id]: "x".repeat(201), [s.before.id]: true } }),
    );
    expect(refused.status).toBe(422);
    expect((await envelope(refused)).fieldCodes).toEqual({
      [`answers.${s.topic.id}`]: { code: "too_long", params: { max: 200 } },
      [`answers.${s.heard.id}`]: { code: "required" },
      [`answers.${s.before.id}`]: { code: "invalid" },
    });
    const wrongChoice = await signUp(
      s.organisation.slug,
      s.season.id,
      intakeBody({ level: "C2", answers: { [s.heard.id]: "chc_elsewhere" } }),
    );
    // The season's own limits and the answers, in the one envelope.
    expect((await envelope(wrongChoice)).fieldCodes).toMatchObject({
      level: { code: "level_out_of_range" },
      [`answers.${s.heard.id}`]: { code: "invalid_choice" },
    });

    const learner = await signedUp(
      s.organisation.slug,
      s.season.id,
      intakeBody({
        answers: { [s.topic.id]: "  Cooking  ", [s.heard.id]: s.heard.choices[0]!.id },
      }),
    );
    expect(learner.person.answers).toEqual({
      [s.topic.id]: "Cooking",
      [s.heard.id]: s.heard.choices[0]!.id,
    });
    const mentor = await signedUp(
      s.organisation.slug,
      s.season.id,
      intakeBody({ role: "mentor", level: "C2", answers: { [s.before.id]: false } }),
    );
    expect(mentor.person.answers).toEqual({ [s.before.id]: false });

    // The coordinator sees everyone's answers, the sensitive one too.
    const workbench = (await (await s.admin("/workbench")).json()) as WorkbenchResponse;
    const shown = Object.fromEntries(workbench.people.map((person) => [person.id, person.answers]));
    expect(shown[learner.person.id]).toEqual(learner.person.answers);
    expect(shown[mentor.person.id]).toEqual({ [s.before.id]: false });
    expect(workbench.season.questions).toHaveLength(3);
  });

  it("never puts an answer in an email", async () => {
    const s = await seasonWithQuestions();
    const learner = await signedUp(
      s.organisation.slug,
      s.season.id,
      intakeBody({
        answers: { [s.topic.id]: "Zanzibar stories", [s.heard.id]: s.heard.choices[1]!.id },
      }),
    );
    await deliverDueMessages(env, env.DB, { origin: "http://localhost", now: Date.now() });
    const { results } = await env.DB.prepare(`SELECT raw FROM dev_mailbox WHERE recipient = ?1`)
      .bind(learner.person.email)
      .all<{ raw: string }>();
    expect(results).toHaveLength(1);
    const mail = parseMime(results[0]!.raw);
    for (const part of [mail.text, mail.html]) {
      expect(part).not.toContain("Zanzibar");
      expect(part).not.toContain("The library");
    }
  });

  it("changes answers behind the manage link, keeps them on other changes, and drops removed questions from views", async () => {
    const s = await seasonWithQuestions();
    const { person, manageUrl } = await signedUp(
      s.organisation.slug,
      s.season.id,
      intakeBody({ answers: { [s.topic.id]: "Music", [s.heard.id]: s.heard.choices[0]!.id } }),
    );
    const token = tokenOfManageUrl(manageUrl!);
    const patch = (body: unknown) =>
      manage(person.id, token, "", { method: "PATCH", body: JSON.stringify(body) });

    const missing = await patch({ answers: { [s.topic.id]: "Films" } });
    expect(missing.status).toBe(422);
    expect((await envelope(missing)).fieldCodes).toEqual({
      [`answers.${s.heard.id}`]: { code: "required" },
    });
    const changed = await patch({
      answers: { [s.topic.id]: "Films", [s.heard.id]: s.heard.choices[1]!.id },
    });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as IntakeResponse).person.answers).toEqual({
      [s.topic.id]: "Films",
      [s.heard.id]: s.heard.choices[1]!.id,
    });
    const paused = await patch({ status: "paused" });
    expect(((await paused.json()) as IntakeResponse).person.answers[s.topic.id]).toBe("Films");

    // The coordinator removes the first question and turns the second into yes/no.
    const current = (await (await s.admin("/workbench")).json()) as WorkbenchResponse;
    const edited = await s.admin("", {
      method: "PUT",
      json: seasonBody({
        version: current.season.pairingVersion,
        questions: [{ ...s.heard, kind: "yes_no", choices: [] }, s.before],
      }),
    });
    expect(edited.status).toBe(200);
    const seen = (await (await manage(person.id, token)).json()) as IntakeResponse;
    expect(seen.person.answers).toEqual({});
    const workbench = (await (await s.admin("/workbench")).json()) as WorkbenchResponse;
    expect(workbench.people.find((shown) => shown.id === person.id)?.answers).toEqual({});
  });

  it("erases the answers with the person, and with the season's retention", async () => {
    const s = await seasonWithQuestions();
    const answers = { [s.topic.id]: "Books", [s.heard.id]: s.heard.choices[0]!.id };
    const erasing = await signedUp(s.organisation.slug, s.season.id, intakeBody({ answers }));
    const staying = await signedUp(s.organisation.slug, s.season.id, intakeBody({ answers }));
    const stored = (id: string) =>
      env.DB.prepare(`SELECT answers FROM mentoring_people WHERE id = ?1`)
        .bind(id)
        .first<string>("answers");
    expect(JSON.parse((await stored(erasing.person.id))!)).toEqual(answers);

    const erased = await manage(erasing.person.id, tokenOfManageUrl(erasing.manageUrl!), "/erase", {
      method: "POST",
    });
    expect(erased.status).toBe(204);
    expect(await stored(erasing.person.id)).toBe("{}");
    expect(JSON.parse((await stored(staying.person.id))!)).toEqual(answers);

    await env.DB.prepare(`UPDATE mentoring_seasons SET ends_on = ?2 WHERE id = ?1`)
      .bind(s.season.id, Date.now() - 31 * day)
      .run();
    await eraseEndedSeasons(env.DB, Date.now());
    expect(await stored(staying.person.id)).toBe("{}");
  });
});
