import type { AdminQuestion, QuestionInput } from "../../schema/contracts/questions.js";
import type * as v from "valibot";
import type { questionInputSchema } from "../../schema/contracts/questions.js";
import { withQuestionIds } from "./question-ids.js";

export type ValidQuestion = v.InferOutput<typeof questionInputSchema>;

interface QuestionRow {
  id: string;
  kind: AdminQuestion["kind"];
  label: string;
  choices: string | null;
  required: number;
  sensitive: number;
  audience: AdminQuestion["audience"];
}

const toQuestion = (row: QuestionRow): AdminQuestion => ({
  id: row.id,
  kind: row.kind,
  label: JSON.parse(row.label) as AdminQuestion["label"],
  choices: row.choices ? (JSON.parse(row.choices) as AdminQuestion["choices"]) : [],
  required: row.required === 1,
  sensitive: row.sensitive === 1,
  audience: row.audience,
});

/** An event's questions, in their order. */
export function selectQuestions(db: D1Database, eventId: string): D1PreparedStatement {
  return db
    .prepare(
      `SELECT id, kind, label, choices, required, sensitive, audience FROM event_questions
        WHERE event_id = ?1 ORDER BY position, id`,
    )
    .bind(eventId);
}

export function parseQuestions(rows: unknown[]): AdminQuestion[] {
  return (rows as QuestionRow[]).map(toQuestion);
}

export async function findQuestions(db: D1Database, eventId: string): Promise<AdminQuestion[]> {
  const { results } = await selectQuestions(db, eventId).all();
  return parseQuestions(results);
}

/**
 * Statements that make the event's questions exactly `input`, in order: questions left out are
 * removed (with their answers), the rest written, with ids as `withQuestionIds` gives them.
 */
export function saveQuestionsStatements(
  db: D1Database,
  event: { organisationId: string; eventId: string },
  existing: AdminQuestion[],
  input: ValidQuestion[],
): D1PreparedStatement[] {
  const existingById = new Map(existing.map((question) => [question.id, question]));
  const kept = new Set(input.flatMap((question) => (question.id ? [question.id] : [])));
  // Removed questions lose their answers; so do questions whose kind changed (a yes/no answer
  // means nothing to a number question).
  const removed = existing.filter((question) => !kept.has(question.id));
  const changedKind = input.flatMap((question) => {
    const current = question.id ? existingById.get(question.id) : undefined;
    return current && current.kind !== question.kind ? [current] : [];
  });
  return [
    ...[...removed, ...changedKind].map((question) =>
      db
        .prepare(
          `DELETE FROM registration_answers WHERE question_id = ?1
             AND registration_id IN (SELECT id FROM registrations WHERE event_id = ?2)`,
        )
        .bind(question.id, event.eventId),
    ),
    ...removed.map((question) =>
      db
        .prepare(`DELETE FROM event_questions WHERE id = ?1 AND event_id = ?2`)
        .bind(question.id, event.eventId),
    ),
    ...withQuestionIds(existing, input).map((question, position) =>
      db
        .prepare(
          `INSERT INTO event_questions (id, organisation_id, event_id, position, kind, label, choices,
                                        required, sensitive, audience)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
           ON CONFLICT (id) DO UPDATE SET position = ?4, kind = ?5, label = ?6, choices = ?7,
                                          required = ?8, sensitive = ?9, audience = ?10
             WHERE event_questions.event_id = ?3`,
        )
        .bind(
          question.id,
          event.organisationId,
          event.eventId,
          position,
          question.kind,
          JSON.stringify(question.label),
          question.choices.length > 0 ? JSON.stringify(question.choices) : null,
          question.required ? 1 : 0,
          question.sensitive ? 1 : 0,
          question.audience,
        ),
    ),
  ];
}

export type { QuestionInput };
