/**
 * The event editor with its parts (questions, repeating, cancelling, a visit's planner). Loaded
 * by the dashboard the first time an event opens (`app/areas.ts`), so the sign-in form and the
 * events list do not wait for it.
 */
import type { ElementsOf } from "../shared/define-area.js";
import { defineArea } from "../shared/define-area.js";
import { HearthAdminVisitPlanner } from "../visits/visit-planner.js";
import { HearthAdminCancelEventDialog } from "./cancel-event-dialog.js";
import { HearthAdminEditScopeDialog } from "./edit-scope-dialog.js";
import { HearthAdminEventEditor } from "./event-editor.js";
import { HearthAdminQuestionEditor } from "./question-editor.js";
import { HearthAdminRepeatPanel } from "./repeat-panel.js";
import { HearthAdminSeriesDates } from "./series-dates.js";
import { HearthAdminSharePanel } from "./share-panel.js";

const elements = {
  "hearth-admin-event-editor": HearthAdminEventEditor,
  "hearth-admin-cancel-event-dialog": HearthAdminCancelEventDialog,
  "hearth-admin-question-editor": HearthAdminQuestionEditor,
  "hearth-admin-repeat-panel": HearthAdminRepeatPanel,
  "hearth-admin-series-dates": HearthAdminSeriesDates,
  "hearth-admin-share-panel": HearthAdminSharePanel,
  "hearth-admin-edit-scope-dialog": HearthAdminEditScopeDialog,
  "hearth-admin-visit-planner": HearthAdminVisitPlanner,
} as const;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementTagNameMap extends ElementsOf<typeof elements> {}
}

defineArea(elements);
