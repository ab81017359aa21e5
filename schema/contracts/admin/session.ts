import * as v from "valibot";
import { localeSchema } from "../locale-text.js";
import { noControlCharacters, rule, singleLineText } from "../text-fields.js";
import { isBlank } from "../text-rules.js";

export type Role = "owner" | "organiser" | "coordinator";

export const emailSchema = v.pipe(
  v.string("Write your email address."),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(254, "Use 254 characters or fewer."),
  v.email("Check the email address."),
);

/**
 * New passwords: long enough to resist guessing, kept as typed (never trimmed), not only spaces;
 * common ones are refused by the worker. Signing in checks whatever was typed.
 */
export const newPasswordSchema = v.pipe(
  v.string("Choose a password."),
  v.minLength(12, "Use at least 12 characters. A few words in a row work well."),
  v.maxLength(200, "Use 200 characters or fewer."),
  noControlCharacters("single-line"),
  rule("password_weak", (text) => !isBlank(text), "Use letters, digits or signs, not only spaces."),
);

/** `POST /api/v1/admin/session` */
export const signInBodySchema = v.object({
  email: emailSchema,
  password: v.pipe(
    v.string("Write your password."),
    v.minLength(1, "Write your password."),
    v.maxLength(200),
  ),
});

/** `POST /api/v1/admin/password` */
export const changePasswordBodySchema = v.object({
  currentPassword: v.pipe(
    v.string("Write your current password."),
    v.minLength(1, "Write your current password."),
  ),
  newPassword: newPasswordSchema,
});

/** `POST /api/v1/admin/invitations/:token/accept` — name and password only for a new account. */
export const acceptInvitationBodySchema = v.object({
  displayName: v.optional(singleLineText(80, "Write your name.")),
  password: v.optional(newPasswordSchema),
  locale: v.optional(localeSchema),
});

export interface AdminOrganisationSummary {
  slug: string;
  name: string;
  defaultLocale: string;
  locales: string[];
  timeZone: string;
}

export interface MeResponse {
  user: { id: string; email: string; displayName: string; locale: string };
  memberships: { organisation: AdminOrganisationSummary; role: Role }[];
}
