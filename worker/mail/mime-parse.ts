/**
 * Reading Internet messages that `buildMime` (mime.ts) wrote, and simple ones like them: enough
 * for the tests and the dev mailbox, not for arbitrary mail.
 */
import { formatContentType, parseContentType } from "./content-type.js";
import type { MailAttachment } from "./mime.js";

const CRLF = "\r\n";
const encoder = new TextEncoder();

export interface ParsedMessage {
  /** Header names in lower case, values unfolded with encoded-words decoded. */
  headers: Record<string, string>;
  /** Text and HTML bodies with `\n` line ends, as the renderer wrote them. */
  text: string;
  html: string;
  /** Attachments decoded; `contentType` without the `name` parameter we add. */
  attachments: MailAttachment[];
}

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
