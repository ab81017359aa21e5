import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { createDevMailboxMailer } from "../../../worker/mail/dev-mailbox-mailer.js";
import type { OutgoingMessage } from "../../../worker/mail/mime.js";
import { request } from "../helpers.js";

const origin = "http://localhost";
const calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";

function message(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    from: "Hearth <no-reply@hearth.example.org>",
    to: "Amina <amina@example.org>",
    subject: "Tomorrow: Language café",
    text: "Yes, I'm coming:\nhttps://hearth.example.org/r/confirm?sig=yes\n\nI can't come:\nhttps://hearth.example.org/r/cancel?sig=no\n",
    html: '<!doctype html><html lang="en"><head><title>x</title></head><body><p><a href="https://hearth.example.org/r/confirm?sig=yes">Yes</a></p></body></html>',
    attachments: [
      {
        filename: "invite.ics",
        contentType: "text/calendar; charset=utf-8; method=REQUEST",
        content: calendar,
      },
    ],
    ...overrides,
  };
}

async function send(overrides: Partial<OutgoingMessage> = {}): Promise<string> {
  const outboxId = `obx_${crypto.randomUUID()}`;
  const mailer = createDevMailboxMailer(env.DB, env.HEARTH_MAIL_FROM);
  // The copy is the delivery's to write, in the batch with its results.
  await env.DB.batch(await mailer.send(message(overrides), { outboxId }));
  const row = await env.DB.prepare("SELECT id FROM dev_mailbox WHERE outbox_id = ?1")
    .bind(outboxId)
    .first<{ id: string }>();
  return row!.id;
}

describe("dev mailbox", () => {
  beforeEach(async () => {
    await env.DB.prepare("DELETE FROM dev_mailbox").run();
  });

  it("does not exist unless HEARTH_ENV is development", async () => {
    const id = await send();
    for (const HEARTH_ENV of [undefined, "production", ""]) {
      for (const path of ["", `/${id}`, `/${id}/raw`, `/${id}/attachments/0`]) {
        const response = await request(`/dev/mailbox${path}`, {}, { HEARTH_ENV });
        expect(response.status).toBe(404);
        expect(await response.json()).toEqual({
          error: { code: "not_found", message: "There is nothing at this address." },
        });
      }
      const clear = await request(
        "/dev/mailbox/clear",
        { method: "POST", headers: { Origin: origin } },
        { HEARTH_ENV },
      );
      expect(clear.status).toBe(404);
    }
    const { count } = (await env.DB.prepare("SELECT count(*) AS count FROM dev_mailbox").first<{
      count: number;
    }>())!;
    expect(count).toBe(1);
  });

  it("lists messages newest first, with a strict content security policy", async () => {
    const older = await send({ subject: "First message" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const newer = await send({ subject: "Second message" });
    const response = await request("/dev/mailbox");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
    const csp = response.headers.get("Content-Security-Policy")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("script-src");
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).not.toContain("<script");
    expect(html.indexOf(`/dev/mailbox/${newer}`)).toBeGreaterThan(0);
    expect(html.indexOf(`/dev/mailbox/${newer}`)).toBeLessThan(
      html.indexOf(`/dev/mailbox/${older}`),
    );
    expect(html).toContain("Amina &lt;amina@example.org&gt;");
  });

  it("shows a message as the recipient sees it, in a sandboxed frame, with its links", async () => {
    const id = await send();
    const html = await (await request(`/dev/mailbox/${id}`)).text();
    expect(html).toContain("<h1>Tomorrow: Language café</h1>");
    const frame =
      /<iframe [^>]*sandbox="allow-popups allow-popups-to-escape-sandbox"[^>]*srcdoc="([^"]*)"/.exec(
        html,
      );
    expect(frame).not.toBeNull();
    expect(frame![1]).toContain("&lt;head&gt;&lt;base target=&quot;_blank&quot;&gt;");
    expect(frame![1]).not.toContain("<");
    expect(html).toContain(
      '<a href="https://hearth.example.org/r/confirm?sig=yes">https://hearth.example.org/r/confirm?sig=yes</a>',
    );
    expect(html).toContain(
      '<a href="https://hearth.example.org/r/cancel?sig=no">https://hearth.example.org/r/cancel?sig=no</a>',
    );
    expect(html).toContain(`href="/dev/mailbox/${id}/attachments/0"`);
    expect(html).toContain(`href="/dev/mailbox/${id}/raw"`);
  });

  it("escapes everything that came from the message", async () => {
    const id = await send({
      to: "Mallory <mallory@example.org>",
      subject: "<script>alert(1)</script>",
      text: 'Hi <img src=x onerror="alert(2)"> https://example.org/"><script>alert(3)</script>',
      html: '<p>"quoted" & <b>bold</b></p>',
      attachments: [
        {
          filename: '"><script>alert(4)</script>.ics',
          contentType: "text/calendar",
          content: calendar,
        },
      ],
    });
    const list = await (await request("/dev/mailbox")).text();
    expect(list).not.toContain("<script>");
    expect(list).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const page = await (await request(`/dev/mailbox/${id}`)).text();
    expect(page).not.toContain("<script>");
    expect(page).not.toContain("<img");
    expect(page).toContain(
      'srcdoc="&lt;base target=&quot;_blank&quot;&gt;&lt;p&gt;&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;&lt;/p&gt;"',
    );
  });

  it("downloads an attachment with its content type, and the raw message as text", async () => {
    const id = await send();
    const attachment = await request(`/dev/mailbox/${id}/attachments/0`);
    expect(attachment.status).toBe(200);
    expect(attachment.headers.get("Content-Type")).toBe(
      "text/calendar; charset=utf-8; method=REQUEST",
    );
    expect(attachment.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="invite\.ics"/,
    );
    expect(await attachment.text()).toBe(calendar);

    expect((await request(`/dev/mailbox/${id}/attachments/1`)).status).toBe(404);
    expect((await request(`/dev/mailbox/${id}/attachments/x`)).status).toBe(404);
    expect((await request("/dev/mailbox/mail_missing")).status).toBe(404);

    const raw = await request(`/dev/mailbox/${id}/raw`);
    expect(raw.headers.get("Content-Type")).toMatch(/^text\/plain; charset=utf-8/i);
    const text = await raw.text();
    expect(text).toContain("MIME-Version: 1.0\r\n");
    expect(text).toContain("\r\nSubject: =?UTF-8?B?");
  });

  it("deletes every message from its own page, and refuses a post from elsewhere", async () => {
    await send();
    await send();
    const foreign = await request("/dev/mailbox/clear", {
      method: "POST",
      headers: { Origin: "https://evil.example" },
    });
    expect(foreign.status).toBe(403);
    const cleared = await request("/dev/mailbox/clear", {
      method: "POST",
      headers: { Origin: origin },
    });
    expect(cleared.status).toBe(303);
    expect(cleared.headers.get("Location")).toBe("/dev/mailbox");
    const html = await (await request("/dev/mailbox")).text();
    expect(html).toContain("No messages yet.");
  });
});
