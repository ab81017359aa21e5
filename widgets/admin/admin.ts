/**
 * The organiser dashboard's bundle (`dist/chunks/admin-[hash].js`), loaded by `/admin/` only. It registers the
 * pages every organiser uses at once; a festival's, a visit's and the volunteer pages load the
 * first time one opens (`app/areas.ts`, named by the route table).
 */
import { define } from "../shared/define.js";
import { HearthAdmin } from "./app/admin-app.js";
import { HearthAdminAudit } from "./audit/audit.js";
import { HearthAdminCancelEventDialog } from "./editor/cancel-event-dialog.js";
import { HearthAdminEditScopeDialog } from "./editor/edit-scope-dialog.js";
import { HearthAdminEventEditor } from "./editor/event-editor.js";
import { HearthAdminQuestionEditor } from "./editor/question-editor.js";
import { HearthAdminRepeatPanel } from "./editor/repeat-panel.js";
import { HearthAdminSeriesDates } from "./editor/series-dates.js";
import { HearthAdminEventList } from "./events/event-list.js";
import { HearthAdminInvitation } from "./invitation/invitation.js";
import { HearthAdminMessages } from "./messages/messages.js";
import { HearthAdminDigestPreference } from "./preferences/digest-preference.js";
import { HearthAdminAddPerson } from "./roster/add-person.js";
import { HearthAdminDoor } from "./roster/door-mode.js";
import { HearthAdminRoster } from "./roster/roster.js";
import { HearthAdminRefusedOrigins } from "./settings/refused-origins.js";
import { HearthAdminSettings } from "./settings/settings.js";
import { HearthAdminThemePreview } from "./settings/theme-preview.js";
import { HearthAdminSignIn } from "./sign-in/sign-in-form.js";
import { HearthAdminTeam } from "./team/team.js";
import { HearthAdminVisitPlanner } from "./visits/visit-planner.js";

const elements = {
  "hearth-admin": HearthAdmin,
  "hearth-admin-sign-in": HearthAdminSignIn,
  "hearth-admin-invitation": HearthAdminInvitation,
  "hearth-admin-event-list": HearthAdminEventList,
  "hearth-admin-digest-preference": HearthAdminDigestPreference,
  "hearth-admin-event-editor": HearthAdminEventEditor,
  "hearth-admin-cancel-event-dialog": HearthAdminCancelEventDialog,
  "hearth-admin-question-editor": HearthAdminQuestionEditor,
  "hearth-admin-repeat-panel": HearthAdminRepeatPanel,
  "hearth-admin-series-dates": HearthAdminSeriesDates,
  "hearth-admin-edit-scope-dialog": HearthAdminEditScopeDialog,
  "hearth-admin-roster": HearthAdminRoster,
  "hearth-admin-door": HearthAdminDoor,
  "hearth-admin-add-person": HearthAdminAddPerson,
  "hearth-admin-settings": HearthAdminSettings,
  "hearth-admin-theme-preview": HearthAdminThemePreview,
  "hearth-admin-refused-origins": HearthAdminRefusedOrigins,
  "hearth-admin-team": HearthAdminTeam,
  "hearth-admin-audit": HearthAdminAudit,
  "hearth-admin-messages": HearthAdminMessages,
  "hearth-admin-visit-planner": HearthAdminVisitPlanner,
} as const;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementTagNameMap extends AdminElements {}
}

type AdminElements = { [K in keyof typeof elements]: InstanceType<(typeof elements)[K]> };

export function register(): void {
  for (const [tag, element] of Object.entries(elements)) define(tag, element);
}

register();
