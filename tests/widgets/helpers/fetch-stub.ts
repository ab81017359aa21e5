import type { ErrorCode, ErrorEnvelope, FieldIssue } from "../../../schema/contracts/errors.js";

export interface RecordedCall {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
  /** The request's cache mode (`no-cache` when the widget wants places as they are now). */
  cache: RequestCache | undefined;
}

/**
 * `network` rejects like an offline fetch; `hang` never answers, to catch loading states; `html`
 * answers with markup (the worker's answer to a first screen's form).
 */
export type Reply =
  { status: number; body: unknown } | { status: number; html: string } | "network" | "hang";

interface Route {
  method: string;
  path: RegExp;
  replies: Reply[];
}

/**
 * Stands in for `window.fetch`: widget tests are about widget states, so answers come from
 * contract-typed fixtures instead of a worker. Replies are used in order; the last one repeats.
 */
export class FetchStub {
  readonly calls: RecordedCall[] = [];
  private readonly routes: Route[] = [];
  private readonly original = window.fetch;

  on(method: string, path: RegExp, ...replies: Reply[]): this {
    this.routes.push({ method, path, replies });
    return this;
  }

  install(): this {
    window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(input instanceof Request ? input.url : input);
      const method = init.method ?? "GET";
      const body =
        typeof init.body === "string"
          ? (JSON.parse(init.body) as unknown)
          : init.body instanceof URLSearchParams
            ? new URLSearchParams(init.body)
            : undefined;
      this.calls.push({ method, url, headers: new Headers(init.headers), body, cache: init.cache });
      const route = this.routes.find((r) => r.method === method && r.path.test(url.pathname));
      if (!route) throw new Error(`No stubbed reply for ${method} ${url.pathname}`);
      const reply = route.replies.length > 1 ? route.replies.shift()! : route.replies[0]!;
      if (reply === "network") throw new TypeError("Failed to fetch");
      if (reply === "hang") return new Promise<Response>(() => undefined);
      if ("html" in reply) {
        return new Response(reply.html, {
          status: reply.status,
          headers: { "Content-Type": "text/html; charset=utf-8" },
        });
      }
      return new Response(JSON.stringify(reply.body), {
        status: reply.status,
        headers: { "Content-Type": "application/json" },
      });
    };
    return this;
  }

  restore(): void {
    window.fetch = this.original;
  }
}

export function ok(body: unknown, status = 200): Reply {
  return { status, body };
}

/** A field's problem as the worker sends it: a code, its values and English words. */
export type StubIssue = FieldIssue & { message?: string };

/**
 * An error envelope as the worker sends it. A field given as a string is an English message with
 * the generic code `invalid`; give a `StubIssue` to test how a code is worded.
 */
export function apiError(
  status: number,
  code: ErrorCode,
  fields?: Record<string, string | StubIssue>,
): Reply {
  const issues = Object.entries(fields ?? {});
  const body: ErrorEnvelope = {
    error: {
      code,
      message: "Stubbed failure.",
      ...(fields
        ? {
            fields: Object.fromEntries(
              issues.map(([path, value]) => [
                path,
                typeof value === "string" ? value : (value.message ?? value.code),
              ]),
            ),
            fieldCodes: Object.fromEntries(
              issues.map(([path, value]) => [
                path,
                typeof value === "string"
                  ? { code: "invalid" as const }
                  : { code: value.code, ...(value.params ? { params: value.params } : {}) },
              ]),
            ),
          }
        : {}),
    },
  };
  return { status, body };
}

export function html(markup: string, status = 200): Reply {
  return { status, html: markup };
}

/**
 * Holds every request back (a slow line, the widget's reads not answered yet), or those to a URL
 * `held` picks, until the returned function is called; install the stub first, whose `restore`
 * ends the hold too.
 */
export function holdFetch(held: (url: string) => boolean = () => true): () => void {
  const stubbed = window.fetch;
  let release = (): void => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  window.fetch = async (...args) => {
    const [input] = args;
    if (held(input instanceof Request ? input.url : String(input))) await gate;
    return stubbed(...args);
  };
  return release;
}
