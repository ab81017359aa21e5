import type { OrganisationRow } from "../queries/organisations.js";

/** Hono's type parameters for every route of the worker. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    /** The D1 database this request uses (wrapped for counting when metrics are on). */
    db: D1Database;
    /** Set by `loadOrganisation` on routes under `/orgs/:org`. */
    organisation: OrganisationRow;
  };
}
