/**
 * The public reads this isolate answered lately, in its memory: a repeated read is answered
 * without even asking the data centre's cache. Bounded (entries and bytes, the oldest dropped
 * first); an entry keeps its answer's own expiry, so nothing is served longer than the public
 * cache's bound. One per isolate: nothing here is shared between data centres or survives an
 * isolate, and only what the Cache API may keep comes here (public, no cookie, no token).
 */
interface Kept {
  expiresAt: number;
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

const maxEntries = 256;
const maxBytes = 4 * 1024 * 1024;
const kept = new Map<string, Kept>();
let keptBytes = 0;

function drop(key: string): void {
  const entry = kept.get(key);
  if (!entry) return;
  keptBytes -= entry.body.byteLength;
  kept.delete(key);
}

/** The answer kept for `key` if it has not expired, as a new response. */
export function recall(key: string, now: number): Response | undefined {
  const entry = kept.get(key);
  if (!entry) return undefined;
  if (entry.expiresAt <= now) {
    drop(key);
    return undefined;
  }
  return new Response(entry.body, { status: entry.status, headers: entry.headers });
}

/** Keeps a copy of `response` under `key` until `expiresAt`. */
export async function keep(key: string, response: Response, expiresAt: number): Promise<void> {
  const body = await response.arrayBuffer();
  if (body.byteLength > maxBytes / 16) return; // one answer never fills the memory
  drop(key);
  kept.set(key, { expiresAt, status: response.status, headers: [...response.headers], body });
  keptBytes += body.byteLength;
  for (const oldest of kept.keys()) {
    if (kept.size <= maxEntries && keptBytes <= maxBytes) break;
    drop(oldest);
  }
}
