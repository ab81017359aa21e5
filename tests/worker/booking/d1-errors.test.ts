import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import {
  isCheckViolation,
  isShortCodeCollision,
  isUniqueViolation,
} from "../../../worker/booking/d1-errors.js";
import { createBookableSlot, postSignUp, registrationsOf, signUpBody } from "../helpers.js";

async function failureOf(statement: D1PreparedStatement): Promise<unknown> {
  try {
    await statement.run();
  } catch (error) {
    return error;
  }
  throw new Error("the statement did not fail");
}

describe("reading D1 constraint failures", () => {
  it("tells a door-code collision from an idempotency-key reuse and a full slot", async () => {
    const { organisation, event, slot } = await createBookableSlot({ capacity: 1 });
    await postSignUp(organisation.slug, event.id, signUpBody(slot.id));
    const [existing] = await registrationsOf(slot.id);

    const copy = (column: string, value: string) =>
      env.DB.prepare(
        `INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, children, name,
           locale, consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at, short_code)
         SELECT 'reg_copy_' || ?3, organisation_id, event_id, slot_id, status, adults, children, name, locale,
           consent_at, CASE WHEN ?1 = 'key' THEN idempotency_key_hash ELSE ?2 END, request_hash,
           manage_token_hash, created_at, updated_at, CASE WHEN ?1 = 'code' THEN short_code ELSE ?2 END
           FROM registrations WHERE id = ?4`,
      ).bind(column, value, column, existing!.id);

    const codeCollision = await failureOf(copy("code", "fresh-key"));
    expect(isShortCodeCollision(codeCollision)).toBe(true);
    const keyReuse = await failureOf(copy("key", "ZZZZZZ"));
    expect(isUniqueViolation(keyReuse)).toBe(true);
    expect(isShortCodeCollision(keyReuse)).toBe(false);
    const overfill = await failureOf(
      env.DB.prepare(`UPDATE slots SET taken = 2 WHERE id = ?1`).bind(slot.id),
    );
    expect(isCheckViolation(overfill)).toBe(true);
    expect(isUniqueViolation(overfill)).toBe(false);
  });
});
