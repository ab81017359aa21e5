import { setApiOrigin } from "../shared/api-client.js";
import { define } from "../shared/define.js";
import { HearthVisitGroupForm } from "./visit-group-form.js";
import { HearthVisitHostForm } from "./visit-host-form.js";
import { HearthVisitInterpreterForm } from "./visit-interpreter-form.js";
import { HearthVisits } from "./visits.js";

declare global {
  interface HTMLElementTagNameMap {
    "hearth-visits": HearthVisits;
    "hearth-visit-group-form": HearthVisitGroupForm;
    "hearth-visit-host-form": HearthVisitHostForm;
    "hearth-visit-interpreter-form": HearthVisitInterpreterForm;
  }
}

/** Called by embed.js once this chunk has loaded. */
export function register(apiOrigin?: string): void {
  if (apiOrigin) setApiOrigin(apiOrigin);
  define("hearth-visit-group-form", HearthVisitGroupForm);
  define("hearth-visit-host-form", HearthVisitHostForm);
  define("hearth-visit-interpreter-form", HearthVisitInterpreterForm);
  define("hearth-visits", HearthVisits);
}
