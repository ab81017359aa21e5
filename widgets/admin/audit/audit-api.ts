import type { AuditLogResponse } from "../../../schema/contracts/admin/team.js";
import { org, query, request } from "../admin-api.js";

/** One page of the audit log, newest first; `cursor` from the page before. */
export const getAudit = (slug: string, cursor: string | undefined, signal?: AbortSignal) =>
  request<AuditLogResponse>("GET", `${org(slug)}/audit${query({ cursor })}`, undefined, { signal });
