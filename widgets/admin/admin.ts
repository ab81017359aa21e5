/**
 * The organiser dashboard's bundle (`dist/chunks/admin-[hash].js`), loaded by `/admin/` only. It registers the
 * app and the pages light enough to come with the sign-in form; the event editor, the roster, a
 * festival's, a visit's and the volunteer pages load the first time one opens (`app/areas.ts`,
 * named by the route table).
 */
import type { ElementsOf } from "./shared/define-area.js";
import { defineArea } from "./shared/define-area.js";
import { HearthAdmin } from "./app/admin-app.js";
import { HearthAdminAudit } from "./audit/audit.js";
import { HearthAdminEventList } from "./events/event-list.js";
import { HearthAdminInvitation } from "./invitation/invitation.js";
import { HearthAdminMessages } from "./messages/messages.js";
import { HearthAdminDigestPreference } from "./preferences/digest-preference.js";
import { HearthAdminRefusedOrigins } from "./settings/refused-origins.js";
import { HearthAdminSettings } from "./settings/settings.js";
import { HearthAdminThemePreview } from "./settings/theme-preview.js";
import { HearthAdminSignIn } from "./sign-in/sign-in-form.js";
import { HearthAdminTeam } from "./team/team.js";

const elements = {
  "hearth-admin": HearthAdmin,
  "hearth-admin-sign-in": HearthAdminSignIn,
  "hearth-admin-invitation": HearthAdminInvitation,
  "hearth-admin-event-list": HearthAdminEventList,
  "hearth-admin-digest-preference": HearthAdminDigestPreference,
  "hearth-admin-settings": HearthAdminSettings,
  "hearth-admin-theme-preview": HearthAdminThemePreview,
  "hearth-admin-refused-origins": HearthAdminRefusedOrigins,
  "hearth-admin-team": HearthAdminTeam,
  "hearth-admin-audit": HearthAdminAudit,
  "hearth-admin-messages": HearthAdminMessages,
} as const;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementTagNameMap extends ElementsOf<typeof elements> {}
}

defineArea(elements);
