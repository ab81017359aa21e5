import type { RefusedOriginsResponse } from "../../../schema/contracts/admin/refused-origins.js";
import type {
  OrganisationSettings,
  OrganisationSettingsResponse,
} from "../../../schema/contracts/admin/settings.js";
import { org, request } from "../admin-api.js";

// Settings: the organisation's settings, and the websites refused from embedding its widgets

export const getSettings = (slug: string, signal?: AbortSignal) =>
  request<OrganisationSettingsResponse>("GET", `${org(slug)}/settings`, undefined, { signal });

export const saveSettings = (slug: string, settings: Omit<OrganisationSettings, "slug" | "kind">) =>
  request<OrganisationSettingsResponse>("PUT", `${org(slug)}/settings`, settings);

export const getRefusedOrigins = (slug: string, signal?: AbortSignal) =>
  request<RefusedOriginsResponse>("GET", `${org(slug)}/refused-origins`, undefined, { signal });

/** Adds the website to the allowed ones; answers the settings as they are now. */
export const allowOrigin = (slug: string, origin: string) =>
  request<OrganisationSettingsResponse>("POST", `${org(slug)}/refused-origins/allow`, { origin });
