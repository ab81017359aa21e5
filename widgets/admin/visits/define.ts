/**
 * A visit's pages after planning: the needs board, the day's manifest and the feedback. Loaded by the dashboard
 * the first time one of them opens (`app/areas.ts`), so the rest of the dashboard does not wait
 * for them.
 */
import { define } from "../../shared/define.js";
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
  interface HTMLElementTagNameMap extends AreaElements {}
}

type AreaElements = { [K in keyof typeof elements]: InstanceType<(typeof elements)[K]> };

export function register(): void {
  for (const [tag, element] of Object.entries(elements)) define(tag, element);
}

register();
