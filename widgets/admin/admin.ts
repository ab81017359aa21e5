/**
 * The organiser dashboard's bundle (`dist/admin.js`), loaded by `/admin/` only. Unlike embed.js
 * it registers every tag at once: the dashboard is one page of our own.
 */
import { define } from "../shared/define.js";
import { HearthAdmin } from "./app/admin-app.js";
import { HearthAdminAudit } from "./audit/audit.js";
import { HearthAdminCancelEventDialog } from "./editor/cancel-event-dialog.js";
import { HearthAdminEventEditor } from "./editor/event-editor.js";
import { HearthAdminEventList } from "./events/event-list.js";
import { HearthAdminCookCard } from "./festival/cook-card.js";
import { HearthAdminCookQueue } from "./festival/cook-queue.js";
import { HearthAdminDecisionDialog } from "./festival/decision-dialog.js";
import { HearthAdminDishTranslationForm } from "./festival/dish-translation-form.js";
import { HearthAdminDishTranslations } from "./festival/dish-translations.js";
import { HearthAdminLedgerForm } from "./festival/ledger-form.js";
import { HearthAdminLedger } from "./festival/ledger.js";
import { HearthAdminStallEditor } from "./festival/stall-editor.js";
import { HearthAdminStalls } from "./festival/stalls.js";
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
import { HearthAdminFeedback } from "./visits/feedback.js";
import { HearthAdminManifest } from "./visits/manifest.js";
import { HearthAdminNeedsBoard } from "./visits/needs-board.js";
import { HearthAdminVisitPlanner } from "./visits/visit-planner.js";
import { HearthAdminHours } from "./volunteers/hours.js";
import { HearthAdminRoles } from "./volunteers/roles.js";
import { HearthAdminShiftBoard } from "./volunteers/shift-board.js";
import { HearthAdminShiftDetails } from "./volunteers/shift-details.js";
import { HearthAdminShiftMessage } from "./volunteers/shift-message.js";

const elements = {
  "hearth-admin": HearthAdmin,
  "hearth-admin-sign-in": HearthAdminSignIn,
  "hearth-admin-invitation": HearthAdminInvitation,
  "hearth-admin-event-list": HearthAdminEventList,
  "hearth-admin-digest-preference": HearthAdminDigestPreference,
  "hearth-admin-event-editor": HearthAdminEventEditor,
  "hearth-admin-cancel-event-dialog": HearthAdminCancelEventDialog,
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
  "hearth-admin-needs-board": HearthAdminNeedsBoard,
  "hearth-admin-manifest": HearthAdminManifest,
  "hearth-admin-feedback": HearthAdminFeedback,
  "hearth-admin-cook-queue": HearthAdminCookQueue,
  "hearth-admin-cook-card": HearthAdminCookCard,
  "hearth-admin-decision-dialog": HearthAdminDecisionDialog,
  "hearth-admin-stalls": HearthAdminStalls,
  "hearth-admin-stall-editor": HearthAdminStallEditor,
  "hearth-admin-dish-translations": HearthAdminDishTranslations,
  "hearth-admin-dish-translation-form": HearthAdminDishTranslationForm,
  "hearth-admin-ledger": HearthAdminLedger,
  "hearth-admin-ledger-form": HearthAdminLedgerForm,
  "hearth-admin-roles": HearthAdminRoles,
  "hearth-admin-shift-board": HearthAdminShiftBoard,
  "hearth-admin-shift-details": HearthAdminShiftDetails,
  "hearth-admin-shift-message": HearthAdminShiftMessage,
  "hearth-admin-hours": HearthAdminHours,
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
