import * as v from "valibot";

/** `PUT /api/v1/admin/orgs/:org/preferences`: the signed-in member's own choices there. */
export const preferencesBodySchema = v.object({
  /** A daily email of new sign-ups for this organisation's events. */
  digest: v.boolean("Choose yes or no."),
});

export interface Preferences {
  digest: boolean;
}

export interface PreferencesResponse {
  preferences: Preferences;
}
