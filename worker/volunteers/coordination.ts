import { and, eq, isNotNull } from "drizzle-orm";
import type { Requirement } from "../../schema/contracts/volunteers.js";
import type { LocaleText } from "../../schema/contracts/locale-text.js";
import { registrations, slots, volunteerRoles } from "../../schema/tables/index.js";
import { orm, statementOf } from "../db/orm.js";
import { replaceListStatements } from "../db/replace-list.js";

/** What coordinators change: the organisation's roles, a volunteer's hours and verifications. */

/** Ids of the organisation's roles that shifts use: they cannot be removed. */
export async function rolesInUse(db: D1Database, organisationId: string): Promise<Set<string>> {
  const rows = await orm(db)
    .selectDistinct({ id: slots.roleId })
    .from(slots)
    .where(and(eq(slots.organisationId, organisationId), isNotNull(slots.roleId)))
    .all();
  return new Set(rows.flatMap((row) => (row.id ? [row.id] : [])));
}

export interface RoleInput {
  id?: string | undefined;
  name: LocaleText;
  description: LocaleText;
  requirements: Requirement[];
  minimumAge: number | null;
}

/** Statements that make the organisation's roles these, in this order (one batch). */
export function saveRolesStatements(
  db: D1Database,
  organisationId: string,
  existingIds: readonly string[],
  input: readonly RoleInput[],
): D1PreparedStatement[] {
  return replaceListStatements(existingIds, input, {
    idPrefix: "rol",
    remove: (id) =>
      statementOf(
        db,
        orm(db)
          .delete(volunteerRoles)
          .where(and(eq(volunteerRoles.id, id), eq(volunteerRoles.organisationId, organisationId))),
      ),
    write: (role, id, position) => {
      const values = {
        position,
        name: role.name,
        description: role.description,
        requirements: role.requirements,
        minimumAge: role.minimumAge,
      };
      return statementOf(
        db,
        orm(db)
          .insert(volunteerRoles)
          .values({ id, organisationId, ...values })
          // Only a role of this organisation is updated: an id from elsewhere changes nothing.
          .onConflictDoUpdate({
            target: volunteerRoles.id,
            set: values,
            setWhere: eq(volunteerRoles.organisationId, organisationId),
          }),
      );
    },
  });
}

/**
 * A coordinator's correction of a volunteer's hours on one shift, with the reason (null minutes:
 * back to the hours computed from check-in).
 */
export function correctHoursStatement(
  db: D1Database,
  shift: { registrationId: string; eventId: string },
  correction: { minutes: number | null; reason: string; now: number },
): D1PreparedStatement {
  return statementOf(
    db,
    orm(db)
      .update(registrations)
      .set({
        hoursOverrideMinutes: correction.minutes,
        hoursReason: correction.reason,
        updatedAt: correction.now,
      })
      .where(
        and(
          eq(registrations.id, shift.registrationId),
          eq(registrations.eventId, shift.eventId),
          isNotNull(registrations.volunteerId),
        ),
      ),
  );
}

/**
 * Marks one of a volunteer's declared requirements as checked (with when), or unchecks it.
 * Hand-written: `json_set`/`json_remove` change one key of the stored map in place, so two
 * coordinators checking different requirements at once both keep their change.
 */
export function verifyRequirementStatement(
  db: D1Database,
  volunteer: { id: string; organisationId: string },
  check: { requirement: Requirement; verified: boolean; now: number },
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE volunteers
          SET verified = CASE WHEN ?3 THEN json_set(verified, '$.' || ?4, ?5)
                              ELSE json_remove(verified, '$.' || ?4) END
        WHERE id = ?1 AND organisation_id = ?2`,
    )
    .bind(
      volunteer.id,
      volunteer.organisationId,
      check.verified ? 1 : 0,
      check.requirement,
      check.now,
    );
}
