/**
 * A festival's pages: cooks, stalls, dish translations and the cost ledger. Loaded by the dashboard
 * the first time one of them opens (`app/areas.ts`), so the rest of the dashboard does not wait
 * for them.
 */
import type { ElementsOf } from "../shared/define-area.js";
import { defineArea } from "../shared/define-area.js";
import { HearthAdminCookCard } from "./cook-card.js";
import { HearthAdminCookQueue } from "./cook-queue.js";
import { HearthAdminDecisionDialog } from "./decision-dialog.js";
import { HearthAdminDishTranslationForm } from "./dish-translation-form.js";
import { HearthAdminDishTranslations } from "./dish-translations.js";
import { HearthAdminLedger } from "./ledger.js";
import { HearthAdminLedgerForm } from "./ledger-form.js";
import { HearthAdminStallEditor } from "./stall-editor.js";
import { HearthAdminStalls } from "./stalls.js";

const elements = {
  "hearth-admin-cook-card": HearthAdminCookCard,
  "hearth-admin-cook-queue": HearthAdminCookQueue,
  "hearth-admin-decision-dialog": HearthAdminDecisionDialog,
  "hearth-admin-dish-translation-form": HearthAdminDishTranslationForm,
  "hearth-admin-dish-translations": HearthAdminDishTranslations,
  "hearth-admin-ledger-form": HearthAdminLedgerForm,
  "hearth-admin-ledger": HearthAdminLedger,
  "hearth-admin-stall-editor": HearthAdminStallEditor,
  "hearth-admin-stalls": HearthAdminStalls,
} as const;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementTagNameMap extends ElementsOf<typeof elements> {}
}

defineArea(elements);
