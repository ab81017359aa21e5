import { toLatinDigits } from "../../i18n/digits.js";
import type { Requirement, VolunteerSignUp } from "../../schema/contracts/volunteers.js";
import type { MessageKey } from "../i18n/messages.js";
import { serverIssues, wordIssues } from "../shared/answer-issues.js";
import type { VolunteerErrors, VolunteerField } from "./volunteer-form.js";

/*
 * Reading the "about you" answers and wording what is wrong with them: needed once the form is
 * checked or sent, so it loads with that code, not with the first render.
 */

/** What the person says about themselves, as the contract names it. */
export type AboutYou = Omit<VolunteerSignUp, "locale" | "shiftIds">;

/** Each contract path the form shows, as its field and its words when refused. */
export const known: Readonly<Record<string, readonly [VolunteerField, MessageKey]>> = {
  name: ["name", "errorName"],
  email: ["email", "errorEmail"],
  phone: ["phone", "errorPhone"],
  languages: ["languages", "errorLanguages"],
  "declarations.age": ["age", "volunteerErrorAge"],
  consent: ["consent", "errorConsent"],
};

/** The "about you" answers of the form; an age only where a chosen role asks for one. */
export function aboutYou(form: HTMLFormElement, needs: ReadonlySet<Requirement>): AboutYou {
  const data = new FormData(form);
  const text = (name: string) => toLatinDigits(String(data.get(name) ?? "").trim());
  const age = text("age");
  return {
    name: text("name"),
    email: text("email") || null,
    phone: text("phone") || null,
    languages: data.getAll("languages").map(String),
    declarations: {
      foodHygiene: data.get("foodHygiene") === "yes",
      drivingLicence: data.get("drivingLicence") === "yes",
      introduction: data.get("introduction") === "yes",
      age: needs.has("min_age") && age !== "" ? Number(age) : null,
    },
    consent: true,
  };
}

export function fromServerFields(fields: Readonly<Record<string, string>>): VolunteerErrors {
  return wordIssues(serverIssues(fields), known, "errorTooLong");
}
