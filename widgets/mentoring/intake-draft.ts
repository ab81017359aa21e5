import type { InterestKey, MentoringRole } from "../../schema/contracts/mentoring.js";
import type { LanguageLevel } from "../../schema/rules/mentoring/levels.js";
import type { Gender, MeetingMode } from "../../schema/rules/mentoring/pair-fit.js";

/** How well someone speaks another language (the contract's `fluencies`). */
export type Fluency = "basic" | "good" | "fluent" | "native";

/**
 * The answers while they are being given, step by step: what each control shows, as typed (ages
 * stay text, so a field never reformats under someone's fingers). Every control writes here as it
 * changes, so going back and forward keeps everything.
 */
export interface IntakeDraft {
  role: MentoringRole | "";
  firstName: string;
  email: string;
  languages: { code: string; fluency: Fluency | "" }[];
  level: LanguageLevel | "";
  capacity: number;
  /** `mon.morning`, `sat.evening` … */
  availability: Set<string>;
  timeZone: string;
  modes: MeetingMode[];
  region: string;
  interests: InterestKey[];
  interestsOther: string;
  gender: Gender | "";
  age: string;
  wantsGender: Gender | "";
  wantsAgeMin: string;
  wantsAgeMax: string;
  /**
   * The answers to the season's own questions as the controls hold them, by control name
   * (`answers.<questionId>` → what `FormData.getAll` would give): text as typed, choice ids,
   * `yes`/`no`.
   */
  answers: Record<string, string[]>;
  consent: boolean;
}

/** The reader's own time zone, which most people never need to change. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

export function emptyDraft(role: MentoringRole | ""): IntakeDraft {
  return {
    role,
    firstName: "",
    email: "",
    languages: [{ code: "", fluency: "" }],
    level: "",
    capacity: 1,
    availability: new Set(),
    timeZone: browserTimeZone(),
    modes: [],
    region: "",
    interests: [],
    interestsOther: "",
    gender: "",
    age: "",
    wantsGender: "",
    wantsAgeMin: "",
    wantsAgeMax: "",
    answers: {},
    consent: false,
  };
}

const toggled = <T>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? [...new Set([...list, value])] : list.filter((item) => item !== value);

/**
 * The draft after one control changed, named as the contract names its field (`languages.0.code`
 * for a row of the languages list). Returns the field, so its error can go.
 */
export function applyControl(
  draft: IntakeDraft,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
): string {
  const { name, value } = control;
  const checked = control instanceof HTMLInputElement && control.checked;
  const row = /^languages\.(\d+)\.(code|fluency)$/.exec(name);
  if (row) {
    const index = Number(row[1]);
    draft.languages = draft.languages.map((language, at) =>
      at === index ? { ...language, [row[2]!]: value } : language,
    );
    return "languages";
  }
  if (name.startsWith("answers.")) {
    const given = draft.answers[name] ?? [];
    const type = control instanceof HTMLInputElement ? control.type : "";
    const values =
      type === "checkbox"
        ? toggled(given, value, checked)
        : type === "radio" && !checked
          ? given
          : [value];
    draft.answers = { ...draft.answers, [name]: values };
    return name;
  }
  switch (name) {
    case "availability": {
      const times = new Set(draft.availability);
      if (checked) times.add(value);
      else times.delete(value);
      draft.availability = times;
      break;
    }
    case "modes":
      draft.modes = toggled(draft.modes, value as MeetingMode, checked);
      break;
    case "interests":
      draft.interests = toggled(draft.interests, value as InterestKey, checked);
      break;
    case "capacity":
      draft.capacity = Number(value);
      break;
    case "consent":
      draft.consent = checked;
      break;
    case "role":
    case "firstName":
    case "email":
    case "level":
    case "timeZone":
    case "region":
    case "interestsOther":
    case "gender":
    case "age":
    case "wantsGender":
    case "wantsAgeMin":
    case "wantsAgeMax":
      (draft as unknown as Record<string, string>)[name] = value;
      break;
    default:
      return "";
  }
  return name;
}
