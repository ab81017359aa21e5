import { define } from "../shared/define.js";
import { HearthVisitGroupForm } from "./visit-group-form.js";
import { HearthVisitHostForm } from "./visit-host-form.js";
import { HearthVisitInterpreterForm } from "./visit-interpreter-form.js";

declare global {
  interface HTMLElementTagNameMap {
    "hearth-visit-group-form": HearthVisitGroupForm;
    "hearth-visit-host-form": HearthVisitHostForm;
    "hearth-visit-interpreter-form": HearthVisitInterpreterForm;
  }
}

/** Called by `<hearth-visits>` when someone opens a visit: the list shows without the forms' code. */
export function registerForms(): void {
  define("hearth-visit-group-form", HearthVisitGroupForm);
  define("hearth-visit-host-form", HearthVisitHostForm);
  define("hearth-visit-interpreter-form", HearthVisitInterpreterForm);
}
