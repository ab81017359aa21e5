/**
 * Internet messages (RFC 5322) with MIME bodies (RFC 2045–2047, 2231), written by hand because a
 * Worker has no mail library and we need only one shape: text + HTML alternatives, plus text
 * attachments such as calendar files. Every part is UTF-8 in base64, so no line ever passes
 * 76 characters and no character needs escaping; every line ends in CRLF.
 */
import { domainOf, parseMailbox } from "./address.js";
import { parameter, parseContentType } from "./content-type.js";

export interface MailAttachment {
  filename: string;
  /** A media type with its parameters, e.g. `text/calendar; charset=utf-8; method=REQUEST`. */
  contentType: string;
  content: string;
}

export interface OutgoingMessage {
  /** `Name <address>` or a bare address. */
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: MailAttachment[];
  /** Extra unstructured headers, e.g. `Auto-Submitted` or `List-Unsubscribe`. */
  headers?: Record<string, string>;
}

const CRLF = "\r\n";
const maxLine = 78;
const encoder = new TextEncoder();

/** Headers the builder owns: an extra header must not change the message's structure. */
const reservedHeaders = new Set([
  "from",
  "to",
  "subject",
  "date",
  "message-id",
  "mime-version",
  "content-type",
  "content-transfer-encoding",
  "content-disposition",
]);

// ---------------------------------------------------------------------------------------------
// Writing

function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** UTF-8 text in base64, 76 characters a line (RFC 2045 §6.8). */
function base64Body(text: string): string {
  return (bytesToBase64(encoder.encode(text)).match(/.{1,76}/g) ?? []).join(CRLF);
}

/** Text in canonical form: every line break a CRLF (RFC 2045 §6.8, before base64). */
const canonical = (text: string) => text.replace(/\r\n|\r|\n/g, CRLF);

const isPrintableAscii = (value: string) => /^[\x20-\x7e]*$/.test(value);

/**
 * RFC 2047 encoded-words of at most 42 bytes of UTF-8 each (68 characters once encoded), so that
 * even `Subject: ` plus one word stays within 78. Never splits a character.
 */
function encodedWords(value: string): string[] {
  const words: string[] = [];
  let chunk: number[] = [];
  const flush = () => {
    if (chunk.length > 0) words.push(`=?UTF-8?B?${bytesToBase64(Uint8Array.from(chunk))}?=`);
    chunk = [];
  };
  for (const character of value) {
    const bytes = encoder.encode(character);
    if (chunk.length + bytes.length > 42) flush();
    chunk.push(...bytes);
  }
  flush();
  return words.length > 0 ? words : ["=?UTF-8?B??="];
}

/** Joins tokens after `Name:` with single spaces, folding (CRLF + space) before a token that would pass 78. */
function foldTokens(name: string, tokens: string[]): string {
  const lines = [`${name}:`];
  for (const token of tokens) {
    const last = lines.length - 1;
    if (lines[last]!.length + 1 + token.length <= maxLine) lines[last] += ` ${token}`;
    else lines.push(` ${token}`);
  }
  return lines.join(CRLF);
}

/** An unstructured header: plain when it is simple ASCII, folded at spaces, else encoded-words. */
function unstructuredHeader(name: string, value: string): string {
  const words = value.split(" ");
  const plain =
    isPrintableAscii(value) &&
    !value.includes("=?") &&
    !words.includes("") &&
    words.every((word) => word.length <= maxLine - 2);
  return foldTokens(name, plain ? words : encodedWords(value));
}

const atomText = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/;

function mailboxHeader(name: string, value: string): string {
  const mailbox = parseMailbox(value);
  if (mailbox.name === null) return foldTokens(name, [mailbox.address]);
  const phrase = !isPrintableAscii(mailbox.name)
    ? encodedWords(mailbox.name)
    : atomText.test(mailbox.name) && !mailbox.name.includes("=?")
      ? mailbox.name.split(" ").filter(Boolean)
      : [`"${mailbox.name.replace(/[\\"]/g, "\\$&")}"`];
  return foldTokens(name, [...phrase, `<${mailbox.address}>`]);
}

/** `type; a=b; c="d e"` folded at the semicolons. */
function parameterisedHeader(name: string, value: string, params: [string, string][]): string {
  const parts = [value, ...params.flatMap(([key, paramValue]) => parameter(key, paramValue))];
  return foldTokens(
    name,
    parts.map((part, index) => (index < parts.length - 1 ? `${part};` : part)),
  );
}

const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (value: number) => String(value).padStart(2, "0");

/** RFC 5322 date-time in UTC: `Sat, 21 Nov 2026 10:00:00 +0000`. */
export function formatMailDate(date: Date): string {
  return (
    `${days[date.getUTCDay()]}, ${date.getUTCDate()} ${months[date.getUTCMonth()]} ` +
    `${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:` +
    `${two(date.getUTCSeconds())} +0000`
  );
}

/** A Message-ID in the sender's domain, without angle brackets. */
export function newMessageId(from: string): string {
  return `${crypto.randomUUID()}@${domainOf(parseMailbox(from).address)}`;
}

/**
 * `=_` cannot occur in base64 or in an encoded-word's text, so a boundary that starts with it
 * never collides with any content the builder writes (RFC 2046 §5.1.1).
 */
function newBoundary(): string {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) =>
    byte.toString(16).padStart(2, "0"),
  ).join("");
  return `=_hearth_${random}`;
}

interface Entity {
  headers: string[];
  body: string;
}

const serialise = (entity: Entity) => entity.headers.join(CRLF) + CRLF + CRLF + entity.body;

function multipart(subtype: "mixed" | "alternative", parts: Entity[]): Entity {
  const boundary = newBoundary();
  const body =
    parts.map((part) => `--${boundary}${CRLF}${serialise(part)}${CRLF}`).join("") +
    `--${boundary}--${CRLF}`;
  return {
    headers: [
      parameterisedHeader("Content-Type", `multipart/${subtype}`, [["boundary", boundary]]),
    ],
    body,
  };
}

function textPart(subtype: "plain" | "html", text: string): Entity {
  return {
    headers: [`Content-Type: text/${subtype}; charset=utf-8`, "Content-Transfer-Encoding: base64"],
    body: base64Body(canonical(text)),
  };
}

function attachmentPart(attachment: MailAttachment): Entity {
  const { type, params } = parseContentType(attachment.contentType);
  const withoutName = Object.entries(params).filter(([key]) => key !== "name");
  return {
    headers: [
      parameterisedHeader("Content-Type", type, [...withoutName, ["name", attachment.filename]]),
      "Content-Transfer-Encoding: base64",
      parameterisedHeader("Content-Disposition", "attachment", [["filename", attachment.filename]]),
    ],
    body: base64Body(type.startsWith("text/") ? canonical(attachment.content) : attachment.content),
  };
}

/**
 * The whole message, ready for the `send_email` binding or the dev mailbox. Without attachments
 * the top level is `multipart/alternative`; with them, `multipart/mixed` around it.
 */
export function buildMime(
  message: OutgoingMessage,
  options: { messageId: string; date: Date },
): string {
  const alternative = multipart("alternative", [
    textPart("plain", message.text),
    textPart("html", message.html),
  ]);
  const content =
    message.attachments.length === 0
      ? alternative
      : multipart("mixed", [alternative, ...message.attachments.map(attachmentPart)]);

  const extra = Object.entries({ "Auto-Submitted": "auto-generated", ...message.headers });
  for (const [name, value] of extra) {
    if (!/^[!-9;-~]+$/.test(name) || reservedHeaders.has(name.toLowerCase())) {
      throw new Error(`Header ${name} cannot be set here`);
    }
    if (/[\r\n]/.test(value)) throw new Error(`Header ${name} must be one line`);
  }
  const messageId = options.messageId.replace(/^<|>$/g, "");
  const headers = [
    mailboxHeader("From", message.from),
    mailboxHeader("To", message.to),
    unstructuredHeader("Subject", message.subject),
    `Date: ${formatMailDate(options.date)}`,
    foldTokens("Message-ID", [`<${messageId}>`]),
    ...extra.map(([name, value]) => unstructuredHeader(name, value)),
    "MIME-Version: 1.0",
    ...content.headers,
  ];
  return serialise({ headers, body: content.body });
}
