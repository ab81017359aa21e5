import type { LocaleText } from "../../schema/contracts/locale-text.js";
import { newId } from "../lib/crypto.js";

/** A question as an editor sends it: ids only on what was saved before (or made up). */
interface SentQuestion {
  id?: string | undefined;
  choices: { id?: string | undefined; label: LocaleText }[];
}

type WithIds<Q extends SentQuestion> = Omit<Q, "id" | "choices"> & {
  id: string;
  choices: { id: string; label: LocaleText }[];
};

/**
 * The questions with the ids to save them under: a question or choice id that is not one of
 * `existing` gets a new one, so nothing of another event or season is ever taken over; a kept
 * choice keeps its id, so the answers that name it stay meaningful.
 */
export function withQuestionIds<Q extends SentQuestion>(
  existing: readonly { id: string; choices: readonly { id: string }[] }[],
  input: readonly Q[],
): WithIds<Q>[] {
  const existingById = new Map(existing.map((question) => [question.id, question]));
  return input.map((question) => {
    const current = question.id ? existingById.get(question.id) : undefined;
    const choiceIds = new Set(current?.choices.map((choice) => choice.id) ?? []);
    return {
      ...question,
      id: current ? current.id : newId("qst"),
      choices: question.choices.map((choice) => ({
        id: choice.id && choiceIds.has(choice.id) ? choice.id : newId("chc"),
        label: choice.label,
      })),
    };
  });
}
