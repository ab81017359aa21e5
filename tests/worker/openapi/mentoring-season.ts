import { env } from "cloudflare:test";
import { drizzle } from "drizzle-orm/d1";
import { mentoringSeasons } from "../../../schema/tables/index.js";
import { defaultWeights } from "../../../schema/rules/mentoring/pair-fit.js";
import { day } from "../helpers.js";

/**
 * A Language Friend season written straight into D1, open for sign-ups: the live checks need one
 * row, not the organiser API's rules (which its own tests cover).
 */
export async function createSeasonRow(organisationId: string) {
  const now = Date.now();
  const row = {
    id: `mns_${crypto.randomUUID().slice(0, 8)}`,
    organisationId,
    name: { en: "Language Friends autumn", et: "Keelesõber sügis" },
    practisedLanguage: "et",
    startsOn: now + 20 * day,
    endsOn: now + 110 * day,
    intakeClosesAt: now + 10 * day,
    timeZone: "Europe/Tallinn",
    modes: ["online" as const, "in_person" as const],
    regions: ["Tallinn", "Tartu"],
    learnerLevelMin: "A2",
    learnerLevelMax: "B2",
    weights: defaultWeights,
    // One question of its own (optional, for everyone), so its shape and answers are checked too.
    questions: [
      {
        id: "qst_openapi_topic",
        kind: "short_text" as const,
        label: { en: "What would you like to talk about first?" },
        choices: [],
        required: false,
        sensitive: false,
        audience: null,
      },
    ],
    createdAt: now,
    updatedAt: now,
  };
  await drizzle(env.DB).insert(mentoringSeasons).values(row);
  return row;
}
