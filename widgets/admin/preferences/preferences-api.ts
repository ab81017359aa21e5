import type {
  Preferences,
  PreferencesResponse,
} from "../../../schema/contracts/admin/preferences.js";
import { org, request } from "../admin-api.js";

// The signed-in member's own preferences

export const getPreferences = (slug: string, signal?: AbortSignal) =>
  request<PreferencesResponse>("GET", `${org(slug)}/preferences`, undefined, { signal });

export const savePreferences = (slug: string, preferences: Preferences) =>
  request<PreferencesResponse>("PUT", `${org(slug)}/preferences`, preferences);
