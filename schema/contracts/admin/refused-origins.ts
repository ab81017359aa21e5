import * as v from "valibot";
import { originSchema } from "./settings.js";

/** A website whose forms the worker refused because it is not allowed yet, counted. */
export interface RefusedOrigin {
  origin: string;
  attempts: number;
  firstSeenAt: string;
  lastSeenAt: string;
}

/** `GET /api/v1/admin/orgs/:org/refused-origins`: the most recently refused first. */
export interface RefusedOriginsResponse {
  origins: RefusedOrigin[];
}

/**
 * `POST /api/v1/admin/orgs/:org/refused-origins/allow`: adds the website to the allowed ones and
 * forgets its refusals; answers the settings as they are now (`OrganisationSettingsResponse`).
 */
export const allowOriginSchema = v.object({ origin: originSchema });

export type AllowOriginBody = v.InferInput<typeof allowOriginSchema>;
