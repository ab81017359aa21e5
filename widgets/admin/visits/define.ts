/**
 * A visit's pages after planning: the needs board, the day's manifest and the feedback. Loaded by the dashboard
 * the first time one of them opens (`app/areas.ts`), so the rest of the dashboard does not wait
 * for them.
 */
import type { ElementsOf } from "../shared/define-area.js";
import { defineArea } from "../shared/define-area.js";
import { HearthAdminFeedback } from "./feedback.js";
import { HearthAdminManifest } from "./manifest.js";
import { HearthAdminNeedsBoard } from "./needs-board.js";

const elements = {
  "hearth-admin-feedback": HearthAdminFeedback,
  "hearth-admin-manifest": HearthAdminManifest,
  "hearth-admin-needs-board": HearthAdminNeedsBoard,
} as const;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementTagNameMap extends ElementsOf<typeof elements> {}
}

defineArea(elements);
