/**
 * Internet messages (RFC 5322) with MIME bodies (RFC 2045–2047, 2231), written by hand because a
 * Worker has no mail library and we need only one shape: text + HTML alternatives, plus text
 * attachments such as calendar files. Every part is UTF-8 in base64, so no line ever passes
 * 76 characters and no character needs escaping; every line ends in CRLF.
 */
import { domainOf, parseMailbox } from "./address.js";

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

export interface ParsedMessage {
  /** Header names in lower case, values unfolded with encoded-words decoded. */
  headers: Record<string, string>;
  /** Text and HTML bodies with `\n` line ends, as the renderer wrote them. */
  text: string;
  html: string;
  /** Attachments decoded; `contentType` without the `name` parameter we add. */
  attachments: MailAttachment[];
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

const tokenValue = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** A parameter, quoted when it must be, or RFC 2231 percent-encoded in pieces when not ASCII. */
function parameter(key: string, value: string): string[] {
  if (isPrintableAscii(value) && value.length <= 60) {
    return [`${key}=${tokenValue.test(value) ? value : `"${value.replace(/[\\"]/g, "\\$&")}"`}`];
  }
  const encoded = encodeURIComponent(value).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const pieces = encoded.match(/(?:%[0-9A-F]{2}|[^%]){1,18}/g) ?? [];
  return pieces.map((piece, index) => `${key}*${index}*=${index === 0 ? "UTF-8''" : ""}${piece}`);
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

// ---------------------------------------------------------------------------------------------
// Reading (our own messages: enough for tests and the dev mailbox, not for arbitrary mail)

function decodeBytes(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

function base64ToBytes(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64.replace(/[^A-Za-z0-9+/=]/g, "")), (character) =>
    character.charCodeAt(0),
  );
}

function quotedPrintableToBytes(text: string, underscoreIsSpace: boolean): Uint8Array {
  const bytes: number[] = [];
  const source = text.replace(/=\r?\n/g, "");
  for (let i = 0; i < source.length; i++) {
    const character = source[i]!;
    const hex = source.slice(i + 1, i + 3);
    if (character === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (character === "_" && underscoreIsSpace) {
      bytes.push(0x20);
    } else {
      bytes.push(...encoder.encode(character));
    }
  }
  return Uint8Array.from(bytes);
}

/** Decodes RFC 2047 encoded-words; whitespace between two adjacent words is dropped. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(?==\?)/g, "$1")
    .replace(
      /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g,
      (_, charset: string, kind: string, text: string) =>
        decodeBytes(
          kind.toUpperCase() === "B" ? base64ToBytes(text) : quotedPrintableToBytes(text, true),
          charset.replace(/\*.*$/, ""),
        ),
    );
}

/** `type/subtype; a=b; c="d"` → lower-cased type and parameters, RFC 2231 pieces joined. */
function parseContentType(value: string): { type: string; params: Record<string, string> } {
  const [type = "", ...rest] = value.match(/(?:"(?:[^"\\]|\\.)*"|[^;])+/g) ?? [];
  const pieces = new Map<string, { index: number; value: string; encoded: boolean }[]>();
  for (const raw of rest) {
    const equals = raw.indexOf("=");
    if (equals < 0) continue;
    const key = raw.slice(0, equals).trim().toLowerCase();
    let paramValue = raw.slice(equals + 1).trim();
    if (paramValue.startsWith('"')) paramValue = paramValue.slice(1, -1).replace(/\\(.)/g, "$1");
    const match = /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(key);
    if (!match) continue;
    const list = pieces.get(match[1]!) ?? [];
    list.push({ index: Number(match[2] ?? 0), value: paramValue, encoded: match[3] === "*" });
    pieces.set(match[1]!, list);
  }
  const params: Record<string, string> = {};
  for (const [key, list] of pieces) {
    list.sort((a, b) => a.index - b.index);
    const encoded = list[0]?.encoded ?? false;
    const joined = list.map((piece) => piece.value).join("");
    params[key] = encoded ? decodeURIComponent(joined.replace(/^[^']*'[^']*'/, "")) : joined;
  }
  return { type: type.trim().toLowerCase(), params };
}

function formatContentType(type: string, params: Record<string, string>): string {
  return [type, ...Object.entries(params).flatMap(([key, value]) => parameter(key, value))].join(
    "; ",
  );
}

interface ParsedEntity {
  headers: Record<string, string>;
  body: string;
}

function parseEntity(raw: string): ParsedEntity {
  const normalised = raw.replace(/\r?\n/g, CRLF);
  const end = normalised.indexOf(CRLF + CRLF);
  const head = end < 0 ? normalised : normalised.slice(0, end);
  const body = end < 0 ? "" : normalised.slice(end + 4);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n(?=[ \t])/g, "").split(CRLF)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers[name] ??= line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function splitMultipart(body: string, boundary: string): string[] {
  const sections = (CRLF + body).split(`${CRLF}--${boundary}`);
  const parts: string[] = [];
  for (const section of sections.slice(1)) {
    if (section.startsWith("--")) break;
    parts.push(section.slice(section.indexOf(CRLF) + 2));
  }
  return parts;
}

function decodeBody(entity: ParsedEntity, charset: string): string {
  const encoding = (entity.headers["content-transfer-encoding"] ?? "7bit").toLowerCase();
  if (encoding === "base64") return decodeBytes(base64ToBytes(entity.body), charset);
  if (encoding === "quoted-printable") {
    return decodeBytes(quotedPrintableToBytes(entity.body, false), charset);
  }
  return entity.body;
}

/** Reads a message that `buildMime` wrote (and simple ones like it). */
export function parseMime(raw: string): ParsedMessage {
  const top = parseEntity(raw);
  const result: ParsedMessage = {
    headers: Object.fromEntries(
      Object.entries(top.headers).map(([name, value]) => [name, decodeEncodedWords(value)]),
    ),
    text: "",
    html: "",
    attachments: [],
  };
  let foundText = false;
  let foundHtml = false;
  const visit = (entity: ParsedEntity) => {
    const { type, params } = parseContentType(entity.headers["content-type"] ?? "text/plain");
    if (type.startsWith("multipart/") && params.boundary) {
      for (const part of splitMultipart(entity.body, params.boundary)) visit(parseEntity(part));
      return;
    }
    const disposition = parseContentType(entity.headers["content-disposition"] ?? "inline");
    const filename = disposition.params.filename ?? params.name;
    const content = decodeBody(entity, params.charset ?? "utf-8");
    if (disposition.type === "attachment" || filename !== undefined) {
      const { name: _name, ...rest } = params;
      result.attachments.push({
        filename: filename ?? "attachment",
        contentType: formatContentType(type, rest),
        content,
      });
    } else if (type === "text/plain" && !foundText) {
      result.text = content.replace(/\r\n/g, "\n");
      foundText = true;
    } else if (type === "text/html" && !foundHtml) {
      result.html = content.replace(/\r\n/g, "\n");
      foundHtml = true;
    }
  };
  visit(top);
  return result;
}
