import * as v from "valibot";
import { toLatinDigits } from "../../i18n/digits.js";
import { emailMaxLength, phonePattern } from "../rules/contact.js";

const checkEmail = "Check the email address.";
const checkPhone = "Use digits, spaces and an optional + at the start.";

/** A way to reach someone, when they give one: empty and absent mean none. */
const optionalContact = /* @__NO_SIDE_EFFECTS__ */ <S extends v.GenericSchema<string, string>>(
  given: S,
  message: string,
) => v.optional(v.nullable(v.union([v.literal(""), given], message)), null);

/** An email to reach someone by. */
export const optionalEmail = /* @__NO_SIDE_EFFECTS__ */ () =>
  optionalContact(
    v.pipe(v.string(), v.trim(), v.maxLength(emailMaxLength, checkEmail), v.email(checkEmail)),
    checkEmail,
  );

/** A phone number, in any script's digits (read as 0–9). */
export const optionalPhone = /* @__NO_SIDE_EFFECTS__ */ () =>
  optionalContact(
    v.pipe(v.string(), v.trim(), v.transform(toLatinDigits), v.regex(phonePattern, checkPhone)),
    checkPhone,
  );
