import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createMailer } from "../../../worker/mail/mailer.js";
import type { OutgoingMessage } from "../../../worker/mail/mime.js";
import { parseMime } from "../../../worker/mail/mime-parse.js";

const message: OutgoingMessage = {
  from: "Test City via Hearth <no-reply@hearth.example.org>",
  to: "Amina <amina@example.org>",
  subject: "You're in: Language café",
  text: "Hello Amina",
  html: "<p>Hello Amina</p>",
  attachments: [],
};

/** The test run's bindings with some replaced; the test env types lack the secrets. */
const bindings = (overrides: Partial<Env>) => ({ ...env, ...overrides }) as Env;

function fakeBinding(fail = false) {
  const sent: EmailMessage[] = [];
  const binding = {
    async send(email: EmailMessage) {
      if (fail) throw new Error("destination address is not verified");
      sent.push(email);
      return { messageId: "x" };
    },
  } as unknown as SendEmail;
  return { binding, sent };
}

describe("mailers", () => {
  it("stores the whole message in the dev mailbox in development", async () => {
    const outboxId = `obx_${crypto.randomUUID()}`;
    const mailer = createMailer(bindings({ HEARTH_ENV: "development" }), env.DB);
    // The copy is the delivery's to write, in the batch with its results.
    await env.DB.batch(await mailer.send(message, { outboxId }));
    const row = await env.DB.prepare("SELECT * FROM dev_mailbox WHERE outbox_id = ?1")
      .bind(outboxId)
      .first<{ recipient: string; subject: string; raw: string }>();
    expect(row?.recipient).toBe("Amina <amina@example.org>");
    expect(row?.subject).toBe(message.subject);
    const parsed = parseMime(row!.raw);
    expect(parsed.text).toBe("Hello Amina");
    expect(parsed.headers["message-id"]).toMatch(/^<[^@>]+@hearth\.example\.org>$/);
  });

  it("sends through the send_email binding outside development, from HEARTH_MAIL_FROM's address", async () => {
    const { binding, sent } = fakeBinding();
    const mailer = createMailer(bindings({ HEARTH_ENV: undefined, MAILER: binding }), env.DB);
    await mailer.send(message, { outboxId: null });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.from).toBe("no-reply@hearth.example.org");
    expect(sent[0]!.to).toBe("amina@example.org");
  });

  it("throws when the binding fails, so the delivery loop retries", async () => {
    const { binding } = fakeBinding(true);
    const mailer = createMailer(bindings({ HEARTH_ENV: "production", MAILER: binding }), env.DB);
    await expect(mailer.send(message, { outboxId: null })).rejects.toThrow(/not verified/);
  });
});
