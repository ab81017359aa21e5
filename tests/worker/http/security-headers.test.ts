import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { SignUpResponse } from "../../../schema/contracts/registrations.js";
import { createDevMailboxMailer } from "../../../worker/mail/dev-mailbox-mailer.js";
import { documentStyle, htmlDocument } from "../../../worker/messages/html.js";
import { signedLink } from "../../../worker/notifications/signed-links.js";
import { createBookableSlot, postSignUp, request, signUpBody } from "../helpers.js";

/** The CSP source for an inline style, worked out here rather than by the code under test. */
async function hashSource(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

function styleSources(response: Response): string[] {
  const policy = response.headers.get("Content-Security-Policy") ?? "";
  const directive = policy.split(";").find((part) => part.trim().startsWith("style-src")) ?? "";
  return directive.trim().split(/\s+/).slice(1);
}

/** What every HTML page the worker writes must carry, whatever it says. */
async function expectStrictPage(response: Response, styles: string[]) {
  expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
  expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
  expect(response.headers.get("Referrer-Policy")).toBe("no-referrer");
  const policy = response.headers.get("Content-Security-Policy") ?? "";
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).not.toContain("script-src");
  expect(policy).not.toContain("unsafe-inline");
  expect(styleSources(response).sort()).toEqual((await Promise.all(styles.map(hashSource))).sort());
  const html = await response.text();
  expect(html).not.toMatch(/\sstyle=/);
  return html;
}

async function signedUp() {
  const booking = await createBookableSlot();
  const { registration } = await (
    await postSignUp(booking.organisation.slug, booking.event.id, signUpBody(booking.slot.id))
  ).json<SignUpResponse>();
  const link = async (action: "confirm" | "cancel" | "feedback", expiresAt = Date.now() + 1e9) =>
    new URL(
      await signedLink("http://localhost", env.MANAGE_TOKEN_SECRET, {
        action,
        registrationId: registration.id,
        expiresAt,
      }),
    ).pathname;
  return { ...booking, link };
}

describe("security headers", () => {
  it("marks API answers nosniff, successful or not", async () => {
    const { organisation, event } = await createBookableSlot();
    const answers = [
      await request("/api/v1/health"),
      await request(`/api/v1/orgs/${organisation.slug}/events/${event.id}`),
      await request("/api/v1/orgs/nobody-here/events"),
      await request("/nowhere"),
      await postSignUp(organisation.slug, event.id, "{not json"),
      await postSignUp(organisation.slug, event.id, {}, { origin: "https://elsewhere.example" }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 404, 404, 400, 403]);
    for (const answer of answers) {
      expect(answer.headers.get("Content-Type")).toMatch(/^application\/json/);
      expect(answer.headers.get("X-Content-Type-Options")).toBe("nosniff");
    }
  });

  it("marks calendar files nosniff", async () => {
    const { organisation, event } = await createBookableSlot();
    for (const path of [
      `/api/v1/orgs/${organisation.slug}/events/${event.id}/calendar.ics`,
      `/api/v1/orgs/${organisation.slug}/calendar.ics`,
    ]) {
      const response = await request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toMatch(/^text\/calendar/);
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    }
  });

  it("serves the reminder links' pages under a strict policy that allows only their own style", async () => {
    const { link } = await signedUp();
    const question = await request(await link("cancel"));
    expect(question.status).toBe(200);
    expect(await expectStrictPage(question, [documentStyle])).toContain(
      `<style>${documentStyle}</style>`,
    );
    expect(question.headers.get("Content-Security-Policy")).toContain("form-action 'self'");

    const expired = await request(await link("confirm", Date.now() - 1000));
    expect(expired.status).toBe(410);
    await expectStrictPage(expired, [documentStyle]);

    const tampered = await request(`${await link("confirm")}x`);
    expect(tampered.status).toBe(400);
    await expectStrictPage(tampered, [documentStyle]);
  });

  it("serves the feedback form with no style attribute, so the strict policy keeps its layout", async () => {
    const { link } = await signedUp();
    const form = await request(await link("feedback"));
    expect(form.status).toBe(200);
    const html = await expectStrictPage(form, [documentStyle]);
    expect(html.match(/<label class="choice">/g)).toHaveLength(5);
  });

  it("serves the dev mailbox under a strict policy that allows its style and the message's", async () => {
    const outboxId = `obx_${crypto.randomUUID()}`;
    const mailer = createDevMailboxMailer(env.DB, env.HEARTH_MAIL_FROM);
    // The copy is the delivery's to write, in the batch with its results.
    const copy = await mailer.send(
      {
        from: env.HEARTH_MAIL_FROM,
        to: "amina@example.org",
        subject: "You're in",
        text: "See you there.",
        html: htmlDocument({ lang: "en", dir: "ltr", title: "You're in", body: "<p>Hi</p>" }),
        attachments: [],
      },
      { outboxId },
    );
    await env.DB.batch(copy);
    const { id } = (await env.DB.prepare("SELECT id FROM dev_mailbox WHERE outbox_id = ?1")
      .bind(outboxId)
      .first<{ id: string }>())!;

    const list = await request("/dev/mailbox");
    const listHtml = await list.clone().text();
    const pageStyle = /<style>([\s\S]*?)<\/style>/.exec(listHtml)![1]!;
    await expectStrictPage(list, [pageStyle]);

    const message = await request(`/dev/mailbox/${id}`);
    await expectStrictPage(message, [pageStyle, documentStyle]);
    expect(message.headers.get("Content-Security-Policy")).toContain("img-src data:");

    const raw = await request(`/dev/mailbox/${id}/raw`);
    expect(raw.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(raw.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
  });
});
