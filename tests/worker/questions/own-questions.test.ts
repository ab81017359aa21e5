import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { RosterResponse } from "../../../schema/contracts/admin/roster.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type { EventDetailResponse } from "../../../schema/contracts/events.js";
import type { QuestionInput, QuestionsResponse } from "../../../schema/contracts/questions.js";
import type {
  RegistrationResponse,
  SignUpResponse,
} from "../../../schema/contracts/registrations.js";
import { createMember } from "../admin-helpers.js";
import {
  allowedOrigin,
  createBookableSlot,
  postSignUp,
  readSlot,
  request,
  signUpBody,
  tokenOf,
} from "../helpers.js";

const questions: QuestionInput[] = [
  {
    kind: "one_choice",
    label: { en: "Which group?", ar: "أي مجموعة؟" },
    choices: [{ label: { en: "Beginners" } }, { label: { en: "Speakers" } }],
    required: true,
  },
  { kind: "long_text", label: { en: "Anything we should know?" }, sensitive: true },
  { kind: "yes_no", label: { en: "Can you bring a laptop?" } },
  { kind: "number", label: { en: "How many years have you learnt?" } },
  {
    kind: "many_choices",
    label: { en: "Which days suit you?" },
    choices: [
      { label: { en: "Monday" } },
      { label: { en: "Friday" } },
      { label: { en: "Sunday" } },
    ],
  },
];

async function eventWithQuestions(input: QuestionInput[] = questions) {
  const booking = await createBookableSlot({ capacity: 5, waitlistCapacity: 5 });
  const organiser = await createMember(booking.organisation.id, "organiser");
  const path = `/api/v1/admin/orgs/${booking.organisation.slug}/events/${booking.event.id}/questions`;
  const saved = await organiser.as(path, { method: "PUT", json: { questions: input } });
  expect(saved.status).toBe(200);
  const { questions: stored } = await saved.json<QuestionsResponse>();
  return { ...booking, organiser, path, stored };
}

const sign = (
  booking: Awaited<ReturnType<typeof eventWithQuestions>>,
  answers: Record<string, unknown>,
) =>
  postSignUp(
    booking.organisation.slug,
    booking.event.id,
    signUpBody(booking.slot.id, { email: `${crypto.randomUUID()}@example.org`, answers } as never),
  );

async function registrationCount(slotId: string) {
  const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM registrations WHERE slot_id = ?1")
    .bind(slotId)
    .first<{ n: number }>();
  return row!.n;
}

describe("organisers' own questions", () => {
  it("saves the questions in order with new ids, and reads them back; each save is audited", async () => {
    const { stored, organiser, path, organisation, event } = await eventWithQuestions();
    expect(stored.map((q) => q.kind)).toEqual([
      "one_choice",
      "long_text",
      "yes_no",
      "number",
      "many_choices",
    ]);
    expect(stored[0]).toMatchObject({ required: true, sensitive: false, audience: null });
    expect(stored[0]!.id).toMatch(/^qst_/);
    expect(stored[0]!.choices.map((c) => c.label.en)).toEqual(["Beginners", "Speakers"]);
    expect(stored[1]!.sensitive).toBe(true);
    const read = await (await organiser.as(path)).json<QuestionsResponse>();
    expect(read.questions).toEqual(stored);
    const audit = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM audit_log WHERE organisation_id = ?1 AND action = 'event.questions_updated' AND target_id = ?2",
    )
      .bind(organisation.id, event.id)
      .first<{ n: number }>();
    expect(audit!.n).toBe(1);
  });

  it("refuses a choice question with one choice, a question without words, and too many", async () => {
    const { organiser, path } = await eventWithQuestions([]);
    const refused = async (input: unknown) => {
      const response = await organiser.as(path, { method: "PUT", json: { questions: input } });
      expect(response.status).toBe(422);
      return Object.keys((await response.json<ErrorEnvelope>()).error.fields ?? {});
    };
    expect(
      await refused([
        { kind: "one_choice", label: { en: "Pick" }, choices: [{ label: { en: "A" } }] },
      ]),
    ).toEqual(["questions.0.choices"]);
    expect(await refused([{ kind: "yes_no", label: { en: "  " } }])).toEqual(["questions.0.label"]);
    expect(await refused([{ kind: "essay", label: { en: "Why?" } }])).toEqual(["questions.0.kind"]);
    expect(
      await refused(Array.from({ length: 21 }, () => ({ kind: "yes_no", label: { en: "Ok?" } }))),
    ).toEqual(["questions"]);
  });

  it("shows the questions on the public event in the reader's language", async () => {
    const { organisation, event, stored } = await eventWithQuestions();
    const detail = await (
      await request(`/api/v1/orgs/${organisation.slug}/events/${event.id}?lang=ar`, {
        headers: { "Cache-Control": "max-age=0" },
      })
    ).json<EventDetailResponse>();
    expect(detail.event.questions[0]).toMatchObject({
      id: stored[0]!.id,
      kind: "one_choice",
      label: "أي مجموعة؟",
      labelLang: "ar",
      required: true,
      choices: [
        { id: stored[0]!.choices[0]!.id, label: "Beginners" },
        { id: stored[0]!.choices[1]!.id, label: "Speakers" },
      ],
    });
    expect(detail.event.questions[1]!.sensitive).toBe(true);
  });

  it("keeps valid answers with the sign-up: the roster, the spreadsheet (not sensitive ones) and the person's own data", async () => {
    const booking = await eventWithQuestions();
    const [group, notes, laptop, years, days] = booking.stored.map((q) => q.id);
    const response = await sign(booking, {
      [group!]: booking.stored[0]!.choices[1]!.id,
      [notes!]: "  I use a wheelchair  ",
      [laptop!]: false,
      [years!]: 2.5,
      [days!]: [booking.stored[4]!.choices[2]!.id, booking.stored[4]!.choices[0]!.id],
    });
    expect(response.status).toBe(201);
    const { registration } = await response.json<SignUpResponse>();

    const roster = await (
      await booking.organiser.as(
        `/api/v1/admin/orgs/${booking.organisation.slug}/events/${booking.event.id}/registrations`,
      )
    ).json<RosterResponse>();
    expect(roster.entries[0]!.answers).toEqual({
      [group!]: booking.stored[0]!.choices[1]!.id,
      [notes!]: "I use a wheelchair",
      [laptop!]: false,
      [years!]: 2.5,
      // In the question's order, whatever order they came in.
      [days!]: [booking.stored[4]!.choices[0]!.id, booking.stored[4]!.choices[2]!.id],
    });

    const csv = await (
      await booking.organiser.as(
        `/api/v1/admin/orgs/${booking.organisation.slug}/events/${booking.event.id}/registrations.csv`,
      )
    ).text();
    const [header, row] = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(header).toContain("Which group?");
    expect(header).not.toContain("Anything we should know?");
    expect(row).toContain("Speakers");
    expect(row).toContain("Monday; Sunday");
    expect(row).not.toContain("wheelchair");

    // Asked for, the sensitive answers come too, and that export is recorded as such.
    const base = `/api/v1/admin/orgs/${booking.organisation.slug}/events/${booking.event.id}`;
    const sensitive = await (
      await booking.organiser.as(`${base}/registrations.csv?sensitive=1`)
    ).text();
    expect(sensitive).toContain("Anything we should know?");
    expect(sensitive).toContain("I use a wheelchair");
    const actions = await env.DB.prepare(
      "SELECT action FROM audit_log WHERE target_id = ?1 AND action LIKE 'roster.exported%' ORDER BY rowid",
    )
      .bind(booking.event.id)
      .all<{ action: string }>();
    expect(actions.results.map((r) => r.action)).toEqual([
      "roster.exported",
      "roster.exported_sensitive",
    ]);
    const refused = await booking.organiser.as(`${base}/registrations.csv?sensitive=yes`);
    expect(refused.status).toBe(422);

    const own = await (
      await request(`/api/v1/registrations/${registration.id}`, {
        headers: { Authorization: `Bearer ${tokenOf(registration.manageUrl)}` },
      })
    ).json<RegistrationResponse>();
    expect(own.registration.answers.map((a) => [a.question, a.value])).toEqual([
      ["Which group?", booking.stored[0]!.choices[1]!.id],
      ["Anything we should know?", "I use a wheelchair"],
      ["Can you bring a laptop?", false],
      ["How many years have you learnt?", 2.5],
      [
        "Which days suit you?",
        [booking.stored[4]!.choices[0]!.id, booking.stored[4]!.choices[2]!.id],
      ],
    ]);
  });

  it("refuses wrong or missing answers, naming each question, and writes nothing", async () => {
    const booking = await eventWithQuestions();
    const [group, notes, laptop, years, days] = booking.stored.map((q) => q.id);
    const response = await sign(booking, {
      [notes!]: "x".repeat(2001),
      [laptop!]: "yes",
      [years!]: "two",
      [days!]: ["chc_not_one"],
      qst_unknown: "hello",
    });
    expect(response.status).toBe(422);
    const fields = (await response.json<ErrorEnvelope>()).error.fieldCodes!;
    expect(fields).toMatchObject({
      [`answers.${group}`]: { code: "required" },
      [`answers.${notes}`]: { code: "too_long", params: { max: 2000 } },
      [`answers.${laptop}`]: { code: "invalid" },
      [`answers.${years}`]: { code: "invalid" },
      [`answers.${days}`]: { code: "invalid_choice" },
      "answers.qst_unknown": { code: "invalid" },
    });
    expect(await registrationCount(booking.slot.id)).toBe(0);
    expect((await readSlot(booking.slot.id)).taken).toBe(0);
  });

  it("asks for a required answer even when no answers are sent at all", async () => {
    const booking = await eventWithQuestions();
    const response = await sign(booking, {});
    expect(response.status).toBe(422);
    const fields = (await response.json<ErrorEnvelope>()).error.fields!;
    expect(Object.keys(fields)).toEqual([`answers.${booking.stored[0]!.id}`]);
    expect(await registrationCount(booking.slot.id)).toBe(0);
  });

  it("keeps what an organiser answers for someone they add, checks it, and asks nothing required", async () => {
    const booking = await eventWithQuestions();
    const { organiser, organisation, event, slot, stored } = booking;
    const add = (answers: Record<string, unknown>) =>
      organiser.as(`/api/v1/admin/orgs/${organisation.slug}/events/${event.id}/registrations`, {
        method: "POST",
        json: {
          slotId: slot.id,
          adults: 1,
          name: "Added",
          locale: "en",
          consentInPerson: true,
          answers,
        },
      });
    // The required group question left out: an organiser may not know it.
    const added = await add({ [stored[2]!.id]: false });
    expect(added.status).toBe(201);
    const { entry } = await added.json<{ entry: { answers: Record<string, unknown> } }>();
    expect(entry.answers).toEqual({ [stored[2]!.id]: false });
    const wrong = await add({ [stored[0]!.id]: "chc_not_a_choice" });
    expect(wrong.status).toBe(422);
    expect(Object.keys((await wrong.json<ErrorEnvelope>()).error.fieldCodes ?? {})).toEqual([
      `answers.${stored[0]!.id}`,
    ]);
    expect(await registrationCount(slot.id)).toBe(1);
  });

  it("books without answers where every question is optional", async () => {
    const booking = await eventWithQuestions([{ kind: "yes_no", label: { en: "Laptop?" } }]);
    expect((await sign(booking, {})).status).toBe(201);
  });

  it("drops a removed question's answers, keeps a kept choice's id, and erases answers with the person", async () => {
    const booking = await eventWithQuestions();
    const [group, notes] = booking.stored;
    const response = await sign(booking, {
      [group!.id]: group!.choices[0]!.id,
      [notes!.id]: "private words",
    });
    const { registration } = await response.json<SignUpResponse>();
    const answersOf = async () =>
      (
        await env.DB.prepare(
          "SELECT question_id AS id FROM registration_answers WHERE registration_id = ?1",
        )
          .bind(registration.id)
          .all<{ id: string }>()
      ).results.map((row) => row.id);
    expect((await answersOf()).sort()).toEqual([group!.id, notes!.id].sort());

    // The editor sends the first question back (a choice renamed), without the second.
    const saved = await booking.organiser.as(booking.path, {
      method: "PUT",
      json: {
        questions: [
          {
            ...group,
            choices: [
              { id: group!.choices[0]!.id, label: { en: "New learners" } },
              { label: { en: "Others" } },
            ],
          },
        ],
      },
    });
    const { questions: now } = await saved.json<QuestionsResponse>();
    expect(now[0]!.id).toBe(group!.id);
    expect(now[0]!.choices[0]!.id).toBe(group!.choices[0]!.id);
    expect(await answersOf()).toEqual([group!.id]);

    const erased = await request(`/api/v1/registrations/${registration.id}/erase`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${tokenOf(registration.manageUrl)}`,
        Origin: allowedOrigin,
      },
    });
    expect(erased.status).toBe(200);
    expect(await answersOf()).toEqual([]);
  });
});
