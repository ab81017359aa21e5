import { createContext } from "@lit/context";
import type { AdminOrganisationSummary, Role } from "../../../schema/contracts/admin/session.js";

/** What every dashboard page shares: the organisation open, the member's role there, who they are. */
export interface PageState {
  organisation: AdminOrganisationSummary;
  role: Role;
  userId: string;
}

/** Provided once by `<hearth-admin>`; read by every page through `OrganisationPageElement`. */
export const pageContext = createContext<PageState | undefined>(Symbol("hearth-admin-page"));
