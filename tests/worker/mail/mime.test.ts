import { describe, expect, it } from "vitest";
import { buildMime, type OutgoingMessage } from "../../../worker/mail/mime.js";
import { parseMime } from "../../../worker/mail/mime-parse.js";

const calendar =
  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:Кафе — مقهى\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

function message(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    from: "Hearth <no-reply@hearth.example.org>",
    to: "Амина Хасан <amina@example.org>",
    subject: "مكانك محجوز: مقهى اللغة — Языковое кафе в библиотеке, пятница вечером",
    text: "مرحبًا أمينة،\nحجزنا لك مكانًا.\n\nПривет! Увидимся в пятницу.\nhttps://hearth.example.org/manage#token=abc",
    html: '<!doctype html><html lang="ar" dir="rtl"><body><p>مرحبًا <b>أمينة</b></p><p>Привет!</p></body></html>',
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

const options = {
  messageId: "m1@hearth.example.org",
  date: new Date(Date.UTC(2026, 10, 21, 9, 5, 7)),
};

describe("MIME messages", () => {
  it("round-trips an Arabic and Cyrillic subject, both bodies and the calendar attachment", () => {
    const raw = buildMime(message(), options);
    const parsed = parseMime(raw);
    expect(parsed.headers.subject).toBe(message().subject);
    expect(parsed.headers.to).toBe("Амина Хасан <amina@example.org>");
    expect(parsed.headers.from).toBe("Hearth <no-reply@hearth.example.org>");
    expect(parsed.headers["message-id"]).toBe("<m1@hearth.example.org>");
    expect(parsed.headers.date).toBe("Sat, 21 Nov 2026 09:05:07 +0000");
    expect(parsed.headers["mime-version"]).toBe("1.0");
    expect(parsed.headers["auto-submitted"]).toBe("auto-generated");
    expect(parsed.text).toBe(message().text);
    expect(parsed.html).toBe(message().html);
    expect(parsed.attachments).toEqual([
      {
        filename: "invite.ics",
        contentType: "text/calendar; charset=utf-8; method=REQUEST",
        content: calendar,
      },
    ]);
  });

  it("writes no raw non-ASCII byte: subject and names are encoded-words, bodies base64", () => {
    const raw = buildMime(message(), options);
    expect(raw).toMatch(/^[ -~\r\n]*$/);
    expect(raw).toMatch(/^Subject: =\?UTF-8\?B\?/m);
    expect(raw).toContain("Content-Type: multipart/mixed;");
    expect(raw).toContain("Content-Type: multipart/alternative;");
    expect(raw).toContain("Content-Type: text/plain; charset=utf-8");
    expect(raw).toContain("Content-Type: text/html; charset=utf-8");
    expect(raw).toMatch(
      /Content-Type: text\/calendar; charset=utf-8; method=REQUEST;\s+name=invite\.ics/,
    );
    expect(raw).toMatch(/Content-Disposition: attachment; filename=invite\.ics/);
  });

  it("ends every line in CRLF and keeps every line within 78 characters", () => {
    for (const subject of ["A long plain subject ".repeat(12).trim(), message().subject]) {
      const raw = buildMime(message({ subject }), options);
      expect(raw.endsWith("\r\n")).toBe(true);
      expect(raw.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
      for (const line of raw.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    }
  });

  it("folds a long subject onto continuation lines that start with a space", () => {
    const subject = "مقهى اللغة في المكتبة ".repeat(6).trim();
    const raw = buildMime(message({ subject }), options);
    const header = /^Subject:.*\r\n(?:[ \t].*\r\n)*/m.exec(raw)![0];
    const lines = header.split("\r\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(1)) expect(line.startsWith(" ")).toBe(true);
    expect(parseMime(raw).headers.subject).toBe(subject);
  });

  it("writes base64 bodies in lines of at most 76 characters", () => {
    const raw = buildMime(message({ text: "Длинный текст. ".repeat(100) }), options);
    const base64Lines = raw.split("\r\n").filter((line) => /^[A-Za-z0-9+/]{20,}={0,2}$/.test(line));
    expect(base64Lines.length).toBeGreaterThan(10);
    for (const line of base64Lines) expect(line.length).toBeLessThanOrEqual(76);
  });

  it("uses a different boundary for each part and each message, found nowhere in the content", () => {
    const raw = buildMime(message(), options);
    const boundaries = [...raw.matchAll(/boundary="([^"]+)"/g)].map((match) => match[1]!);
    expect(boundaries).toHaveLength(2);
    expect(new Set(boundaries).size).toBe(2);
    for (const boundary of boundaries) {
      const lines = raw.split("\r\n");
      const uses = lines.filter((line) => line.includes(boundary));
      // The header, each part's delimiter and the closing delimiter: nothing else.
      expect(
        uses.every(
          (line) => line.includes(`boundary="${boundary}"`) || line.startsWith(`--${boundary}`),
        ),
      ).toBe(true);
    }
    const again = buildMime(message(), options);
    expect(again.match(/boundary="([^"]+)"/)![1]).not.toBe(boundaries[0]);
  });

  it("writes only multipart/alternative when there is nothing attached", () => {
    const raw = buildMime(message({ attachments: [] }), options);
    expect(raw).not.toContain("multipart/mixed");
    const parsed = parseMime(raw);
    expect(parsed.text).toBe(message().text);
    expect(parsed.attachments).toEqual([]);
  });

  it("encodes a non-ASCII attachment name with RFC 2231 and reads it back", () => {
    const filename = "دعوة-مقهى-اللغة-في-المكتبة-العامة.ics";
    const raw = buildMime(
      message({
        attachments: [{ filename, contentType: "text/calendar; method=CANCEL", content: calendar }],
      }),
      options,
    );
    expect(raw).toContain("filename*0*=UTF-8''");
    for (const line of raw.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    const [attachment] = parseMime(raw).attachments;
    expect(attachment).toEqual({
      filename,
      contentType: "text/calendar; method=CANCEL",
      content: calendar,
    });
  });

  it("refuses header injection through extra headers", () => {
    expect(() =>
      buildMime(message({ headers: { "X-Test": "a\r\nBcc: x@example.org" } }), options),
    ).toThrow();
    expect(() =>
      buildMime(message({ headers: { "Content-Type": "text/plain" } }), options),
    ).toThrow();
    const raw = buildMime(message({ headers: { "X-Hearth-Kind": "reminder" } }), options);
    expect(parseMime(raw).headers["x-hearth-kind"]).toBe("reminder");
  });

  it("keeps a line break in the subject out of the header block", () => {
    const raw = buildMime(message({ subject: "Hello\r\nBcc: victim@example.org" }), options);
    expect(raw).not.toMatch(/^Bcc:/m);
    expect(parseMime(raw).headers.subject).toBe("Hello\r\nBcc: victim@example.org");
  });
});
