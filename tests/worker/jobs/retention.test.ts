import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { runRetention } from "../../../worker/jobs/retention.js";
import {
  createEvent,
  createOrganisation,
  createSlot,
  day,
  postSignUp,
  registrationsOf,
  signUpBody,
} from "../helpers.js";

describe("data retention", () => {
  it("erases personal data once the organisation's retention period after the event has passed", async () => {
    const organisation = await createOrganisation({ retentionDays: 10 });
    const event = await createEvent(organisation.id, { startsAt: Date.now() + day });
    const slot = await createSlot(event);
    await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(slot.id, { needs: { accessibility: "wheelchair" } }),
    );

    await runRetention(env.DB, event.endsAt + 9 * day);
    expect((await registrationsOf(slot.id))[0]).toMatchObject({ name: "Amina", erasedAt: null });

    await runRetention(env.DB, event.endsAt + 11 * day);
    const [row] = await registrationsOf(slot.id);
    expect(row).toMatchObject({
      name: "",
      email: null,
      accessibilityNeeds: null,
      status: "confirmed",
    });
    expect(row!.erasedAt).not.toBeNull();
  });
});
