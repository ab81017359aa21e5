import type { MeResponse } from "../../schema/contracts/admin/session.js";
import { listMemberships } from "./membership-queries.js";

/** Who is signed in and where they may act: what the dashboard needs after every sign-in. */
export async function meResponse(
  db: D1Database,
  user: { id: string; email: string; displayName: string; locale: string },
): Promise<MeResponse> {
  const memberships = await listMemberships(db, user.id);
  return {
    user: { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale },
    memberships: memberships.map((membership) => ({
      role: membership.role,
      organisation: {
        slug: membership.slug,
        name: membership.name,
        defaultLocale: membership.defaultLocale,
        locales: JSON.parse(membership.locales) as string[],
        timeZone: membership.timeZone,
      },
    })),
  };
}
