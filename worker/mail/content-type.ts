/**
 * Content-Type values (RFC 2045, RFC 2231 for long or non-ASCII parameters): written by the
 * message builder, read back by the reader.
 */

const isPrintableAscii = (value: string) => /^[\x20-\x7e]*$/.test(value);

const tokenValue = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** A parameter, quoted when it must be, or RFC 2231 percent-encoded in pieces when not ASCII. */
export function parameter(key: string, value: string): string[] {
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

/** `type/subtype; a=b; c="d"` → lower-cased type and parameters, RFC 2231 pieces joined. */
export function parseContentType(value: string): { type: string; params: Record<string, string> } {
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

export function formatContentType(type: string, params: Record<string, string>): string {
  return [type, ...Object.entries(params).flatMap(([key, value]) => parameter(key, value))].join(
    "; ",
  );
}
