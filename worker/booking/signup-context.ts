import { organisationBySlug, organisationFromRow } from "../organisations/organisation-queries.js";
import type { OrganisationRow } from "../organisations/organisation-queries.js";
import { signupTarget, type SignupTarget } from "../registrations/registration-queries.js";

/**
 * The organisation named in the path and the event and time a sign-up names, in one round trip:
 * what a sign-up reads when its batch booked nothing, to say why (or to book a visit's place).
 */
export async function readSignupContext(
  db: D1Database,
  request: {
    organisationSlug: string;
    eventId: string;
    slotId: string;
    pickupPointId: string | null;
  },
): Promise<{ organisation: OrganisationRow | null; target: SignupTarget | null }> {
  const [organisation, target] = await db.batch([
    organisationBySlug(db, request.organisationSlug),
    signupTarget(
      db,
      { slug: request.organisationSlug },
      request.eventId,
      request.slotId,
      request.pickupPointId,
    ),
  ]);
  return {
    organisation: organisationFromRow(organisation?.results[0]),
    target: (target?.results[0] as SignupTarget | undefined) ?? null,
  };
}
