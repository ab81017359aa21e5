/**
 * The volunteer pages: roles, an event's shift board and volunteers' hours. Loaded by the dashboard
 * the first time one of them opens (`app/areas.ts`), so the rest of the dashboard does not wait
 * for them.
 */
import type { ElementsOf } from "../shared/define-area.js";
import { defineArea } from "../shared/define-area.js";
import { HearthAdminHours } from "./hours.js";
import { HearthAdminRoles } from "./roles.js";
import { HearthAdminShiftBoard } from "./shift-board.js";
import { HearthAdminShiftDetails } from "./shift-details.js";
import { HearthAdminShiftMessage } from "./shift-message.js";

const elements = {
  "hearth-admin-hours": HearthAdminHours,
  "hearth-admin-roles": HearthAdminRoles,
  "hearth-admin-shift-board": HearthAdminShiftBoard,
  "hearth-admin-shift-details": HearthAdminShiftDetails,
  "hearth-admin-shift-message": HearthAdminShiftMessage,
} as const;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementTagNameMap extends ElementsOf<typeof elements> {}
}

defineArea(elements);
