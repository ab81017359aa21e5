/**
 * Language Friends: the seasons, a season's set-up and its workbench. Loaded by the dashboard the
 * first time one of these pages opens (`app/areas.ts`): most organisations run no mentoring.
 */
import type { ElementsOf } from "../shared/define-area.js";
import { defineArea } from "../shared/define-area.js";
import { HearthAdminPairingActions } from "./pairing-actions.js";
import { HearthAdminSeasonBans } from "./season-bans.js";
import { HearthAdminSeasonForm } from "./season-form.js";
import { HearthAdminSeasonPairs } from "./season-pairs.js";
import { HearthAdminSeasonReport } from "./season-report.js";
import { HearthAdminSeasons } from "./seasons-page.js";
import { HearthAdminUnmatchedPeople } from "./unmatched-people.js";
import { HearthAdminMentoringWorkbench } from "./workbench-page.js";

const elements = {
  "hearth-admin-seasons": HearthAdminSeasons,
  "hearth-admin-season-form": HearthAdminSeasonForm,
  "hearth-admin-mentoring-workbench": HearthAdminMentoringWorkbench,
  "hearth-admin-pairing-actions": HearthAdminPairingActions,
  "hearth-admin-season-pairs": HearthAdminSeasonPairs,
  "hearth-admin-unmatched-people": HearthAdminUnmatchedPeople,
  "hearth-admin-season-bans": HearthAdminSeasonBans,
  "hearth-admin-season-report": HearthAdminSeasonReport,
} as const;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementTagNameMap extends ElementsOf<typeof elements> {}
}

defineArea(elements);
