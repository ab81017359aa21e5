import type { Role } from "../../schema/contracts/admin/session.js";
import type { OrganisationRow } from "../organisations/organisation-queries.js";
import type { SessionUser } from "../organisers/session-queries.js";

/** Hono's type parameters for every route of the worker. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    /** The D1 database this request uses (wrapped for counting when metrics are on). */
    db: D1Database;
    /** Makes `db` a D1 session with this constraint or bookmark, and returns the session. */
    useSession: (constraintOrBookmark: string) => D1DatabaseSession;
    /** Set by `loadOrganisation` (public) or `requirePermission` (admin) on `/orgs/:org` routes. */
    organisation: OrganisationRow;
    /** Set by `requireSession` on admin routes. */
    user: SessionUser;
    /** Set by `requirePermission`: the user's role in `organisation`. */
    role: Role;
    /** Set by a write that may have queued messages, so they are sent right after the answer. */
    messagesQueued: boolean;
  };
}
