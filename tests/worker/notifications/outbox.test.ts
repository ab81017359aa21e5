import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { SignUpResponse } from "../../../schema/contracts/registrations.js";
import {
  allowedOrigin,
  createBookableSlot,
  postSignUp,
  registrationsOf,
  request,
  signUpBody,
  tokenOf,
} from "../helpers.js";

interface OutboxRow {
  kind: string;
  registration_id: string;
  payload: string;
  status: string;
}

async function outboxOf(organisationId: string): Promise<OutboxRow[]> {
  const { results } = await env.DB.prepare(
    `SELECT kind, registration_id, payload, status FROM outbox WHERE organisation_id = ?1 ORDER BY created_at, rowid`,
  )
    .bind(organisationId)
    .all<OutboxRow>();
  return results;
}

describe("the outbox", () => {
  it("queues the confirmation in the same batch as the registration, and nothing without an email", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 1,
      waitlistCapacity: 1,
    });
    const withEmail = await postSignUp(organisation.slug, event.id, signUpBody(slot.id));
    const { registration } = await withEmail.json<SignUpResponse>();
    await postSignUp(organisation.slug, event.id, signUpBody(slot.id, { email: "" }));

    const rows = await outboxOf(organisation.id);
    expect(rows.map((row) => [row.kind, row.registration_id, row.status])).toEqual([
      ["confirmed", registration.id, "pending"],
    ]);
  });

  it("queues the waitlist message with a waitlisted sign-up", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 1,
      waitlistCapacity: 1,
    });
    await postSignUp(organisation.slug, event.id, signUpBody(slot.id, { email: "" }));
    await postSignUp(organisation.slug, event.id, signUpBody(slot.id));
    expect((await outboxOf(organisation.id)).map((row) => row.kind)).toEqual(["waitlisted"]);
  });

  it("leaves neither a registration nor a message when the batch fails", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 1,
      waitlistCapacity: 0,
    });
    await postSignUp(organisation.slug, event.id, signUpBody(slot.id, { email: "" }));
    const refused = await postSignUp(organisation.slug, event.id, signUpBody(slot.id));
    expect(refused.status).toBe(409);
    expect(await registrationsOf(slot.id)).toHaveLength(1);
    expect(await outboxOf(organisation.id)).toEqual([]);
  });

  it("does not queue a second confirmation for a replayed sign-up", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const body = signUpBody(slot.id);
    await postSignUp(organisation.slug, event.id, body, { key: "outbox-replay-1" });
    await postSignUp(organisation.slug, event.id, body, { key: "outbox-replay-1" });
    expect(await outboxOf(organisation.id)).toHaveLength(1);
  });

  it("tells the person who cancelled and the person promoted, once each", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 1,
      waitlistCapacity: 2,
    });
    const holder = await (
      await postSignUp(organisation.slug, event.id, signUpBody(slot.id))
    ).json<SignUpResponse>();
    const waiting = await (
      await postSignUp(organisation.slug, event.id, signUpBody(slot.id, { email: "w@example.org" }))
    ).json<SignUpResponse>();
    const cancel = () =>
      request(`/api/v1/registrations/${holder.registration.id}`, {
        method: "DELETE",
        headers: {
          Authorization: `Bearer ${tokenOf(holder.registration.manageUrl)}`,
          Origin: allowedOrigin,
        },
      });
    await cancel();
    await cancel();

    const rows = await outboxOf(organisation.id);
    expect(rows.map((row) => [row.kind, row.registration_id])).toEqual([
      ["confirmed", holder.registration.id],
      ["waitlisted", waiting.registration.id],
      ["cancelled", holder.registration.id],
      ["promoted", waiting.registration.id],
    ]);
    expect(JSON.parse(rows[2]!.payload)).toEqual({ cancelledBy: "person", organiserMessage: null });
  });
});
