/**
 * The websites that may send sign-ups to an organisation (`org` is its row's alias in the
 * query): its own allowed websites and those of every network it joined, as a JSON array built
 * inside SQLite — so each check stays in the query it was already part of.
 */
export const signupOriginsJson = (org: string) =>
  `(SELECT json_group_array(value) FROM (
      SELECT value FROM json_each(${org}.allowed_origins)
      UNION
      SELECT allowed.value FROM network_members joined
        JOIN organisations network ON network.id = joined.network_id,
        json_each(network.allowed_origins) allowed
       WHERE joined.member_id = ${org}.id))`;

/** SQL true when `origin` (a bound parameter) may send sign-ups to the organisation `org`. */
export const isSignupOrigin = (org: string, origin: string) =>
  `(EXISTS (SELECT 1 FROM json_each(${org}.allowed_origins) WHERE value = ${origin})
    OR EXISTS (SELECT 1 FROM network_members joined
                 JOIN organisations network ON network.id = joined.network_id,
                 json_each(network.allowed_origins) allowed
                WHERE joined.member_id = ${org}.id AND allowed.value = ${origin}))`;
