/**
 * The roster with the door mode and "Add someone". Loaded by the dashboard the first time a
 * roster opens (`app/areas.ts`), so the sign-in form and the events list do not wait for it.
 */
import type { ElementsOf } from "../shared/define-area.js";
import { defineArea } from "../shared/define-area.js";
import { HearthAdminAddPerson } from "./add-person.js";
import { HearthAdminDoor } from "./door-mode.js";
import { HearthAdminRoster } from "./roster.js";

const elements = {
  "hearth-admin-roster": HearthAdminRoster,
  "hearth-admin-door": HearthAdminDoor,
  "hearth-admin-add-person": HearthAdminAddPerson,
} as const;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementTagNameMap extends ElementsOf<typeof elements> {}
}

defineArea(elements);
