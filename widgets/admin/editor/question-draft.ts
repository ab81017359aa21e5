import type { LocaleText } from "../../../schema/contracts/locale-text.js";
import type {
  AdminQuestion,
  QuestionInput,
  QuestionKind,
  questionAudiences,
} from "../../../schema/contracts/questions.js";
import { isChoiceKind, questionKinds } from "../../../schema/contracts/questions.js";
import { compact } from "./draft.js";

export type QuestionAudience = (typeof questionAudiences)[number];

/** A choice as the form holds it; `key` stays with it when choices are reordered. */
export interface ChoiceDraft {
  id?: string;
  key: string;
  label: LocaleText;
}

/**
 * A question as the form holds it: texts as typed, "" for everyone who signs up. `A` is whom it may
 * ask: an event's places, or a mentoring season's mentors and learners.
 */
export interface QuestionDraft<A extends string = QuestionAudience> {
  id?: string;
  key: string;
  kind: QuestionKind;
  label: LocaleText;
  /** Kept while another kind is chosen, as the choices to come back to; sent for choice kinds. */
  choices: ChoiceDraft[];
  required: boolean;
  sensitive: boolean;
  audience: A | "";
}

/** A saved question of either kind, whom it asks being one of `A` (or everyone). */
type SavedQuestion<A extends string> = Omit<AdminQuestion, "audience"> & { audience: A | null };

let keys = 0;
const newKey = () => `new-${++keys}`;

export const emptyChoice = (): ChoiceDraft => ({ key: newKey(), label: {} });

export function emptyQuestion<A extends string = QuestionAudience>(): QuestionDraft<A> {
  return {
    key: newKey(),
    kind: "short_text",
    label: {},
    choices: [],
    required: false,
    sensitive: false,
    audience: "",
  };
}

export function questionDraftsOf<A extends string = QuestionAudience>(
  questions: readonly SavedQuestion<A>[],
): QuestionDraft<A>[] {
  return questions.map((question) => ({
    id: question.id,
    key: question.id,
    kind: question.kind,
    label: { ...question.label },
    choices: question.choices.map((choice) => ({
      id: choice.id,
      key: choice.id,
      label: { ...choice.label },
    })),
    required: question.required,
    sensitive: question.sensitive,
    audience: question.audience ?? "",
  }));
}

/**
 * The whole list for `PUT …/questions` (or a season's body), in the order shown; saved ids go back
 * with their items.
 */
export function questionsInputOf<A extends string = QuestionAudience>(
  drafts: readonly QuestionDraft<A>[],
): (Omit<QuestionInput, "audience"> & { audience: A | null })[] {
  return drafts.map((draft) => ({
    ...(draft.id ? { id: draft.id } : {}),
    kind: draft.kind,
    label: compact(draft.label),
    choices: isChoiceKind(draft.kind)
      ? draft.choices.map((choice) => ({
          ...(choice.id ? { id: choice.id } : {}),
          label: compact(choice.label),
        }))
      : [],
    required: draft.required,
    sensitive: draft.sensitive,
    audience: draft.audience || null,
  }));
}

const isKind = (value: string): value is QuestionKind =>
  (questionKinds as readonly string[]).includes(value);

/** A choice question starts with two empty choices to write in: fewer would be refused. */
function withKind<A extends string>(draft: QuestionDraft<A>, kind: QuestionKind): QuestionDraft<A> {
  const choices = [...draft.choices];
  while (isChoiceKind(kind) && choices.length < 2) choices.push(emptyChoice());
  return { ...draft, kind, choices };
}

function withField<A extends string>(
  draft: QuestionDraft<A>,
  path: string[],
  value: string | boolean,
): QuestionDraft<A> {
  const [field, ...rest] = path;
  if (typeof value === "boolean") {
    return field === "required" || field === "sensitive" ? { ...draft, [field]: value } : draft;
  }
  switch (field) {
    case "kind":
      return isKind(value) ? withKind(draft, value) : draft;
    case "audience":
      return { ...draft, audience: value as A | "" };
    case "label": {
      const [locale] = rest;
      return locale ? { ...draft, label: { ...draft.label, [locale]: value } } : draft;
    }
    case "choices": {
      const [index, , locale] = rest;
      if (!locale) return draft;
      const choices = draft.choices.map((choice, i) =>
        i === Number(index) ? { ...choice, label: { ...choice.label, [locale]: value } } : choice,
      );
      return { ...draft, choices };
    }
    default:
      return draft;
  }
}

/**
 * Sets a value by its form name: `questions.0.kind`, `questions.0.label.en`,
 * `questions.0.choices.1.label.en`, `questions.0.required` (a checkbox's `checked`).
 */
export function withQuestionValue<A extends string>(
  drafts: readonly QuestionDraft<A>[],
  name: string,
  value: string | boolean,
): QuestionDraft<A>[] {
  const [list, position, ...path] = name.split(".");
  if (list !== "questions") return [...drafts];
  return drafts.map((draft, i) => (i === Number(position) ? withField(draft, path, value) : draft));
}
