import { organisationBySlug, organisationFromRow } from "../organisations/organisation-queries.js";
import type { OrganisationRow } from "../organisations/organisation-queries.js";
import { signupTarget, type SignupTarget } from "../registrations/registration-queries.js";
import type { AdminQuestion } from "../../schema/contracts/questions.js";
import { parseQuestions, selectQuestions } from "../questions/question-queries.js";

/**
 * The organisation named in the path, the event and time a sign-up names, and the event's own
 * questions, in one round trip:
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
): Promise<{
  organisation: OrganisationRow | null;
  target: SignupTarget | null;
  questions: AdminQuestion[];
}> {
  const [organisation, target, questions] = await db.batch([
    organisationBySlug(db, request.organisationSlug),
    signupTarget(
      db,
      { slug: request.organisationSlug },
      request.eventId,
      request.slotId,
      request.pickupPointId,
    ),
    // Whose event it is is checked with the target; questions of another's event are never used.
    selectQuestions(db, request.eventId),
  ]);
  return {
    organisation: organisationFromRow(organisation?.results[0]),
    target: (target?.results[0] as SignupTarget | undefined) ?? null,
    questions: parseQuestions(questions?.results ?? []),
  };
}
