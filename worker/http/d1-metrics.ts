import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./app-env.js";
import { sessionDatabase } from "../db/session.js";

/** D1 work counted over a request or a cron run. */
export interface D1Work {
  roundTrips: number;
  rowsRead: number;
  rowsWritten: number;
}

function addMeta(work: D1Work, result: unknown): void {
  const meta = (result as { meta?: { rows_read?: number; rows_written?: number } } | null)?.meta;
  work.rowsRead += meta?.rows_read ?? 0;
  work.rowsWritten += meta?.rows_written ?? 0;
}

/**
 * Wraps D1 so every round trip is counted, with rows read and written where D1 reports them
 * (`all`, `run` and `batch` do; `first` and `raw` do not, so the query modules use `all`).
 */
export function countingD1(db: D1Database, work: D1Work): D1Database {
  const wrapStatement = (statement: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(statement, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== "function") return value;
        if (property === "bind") {
          return (...values: unknown[]) => wrapStatement(target.bind(...values));
        }
        if (["first", "all", "run", "raw"].includes(property as string)) {
          return async (...args: unknown[]) => {
            work.roundTrips++;
            const result: unknown = await (value as (...a: unknown[]) => Promise<unknown>).apply(
              target,
              args,
            );
            addMeta(work, result);
            return result;
          };
        }
        return (value as (...a: unknown[]) => unknown).bind(target);
      },
    });
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property === "prepare") return (query: string) => wrapStatement(target.prepare(query));
      if (property === "batch") {
        return async (statements: D1PreparedStatement[]) => {
          work.roundTrips++;
          const results = await target.batch(statements);
          for (const result of results) addMeta(work, result);
          return results;
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? (value as () => unknown).bind(target) : value;
    },
  });
}

const readMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** The response header that carries a write's D1 bookmark. */
export const bookmarkHeader = "Hearth-Bookmark";

/**
 * Puts the request's database in `c.var.db`, and `c.var.useSession` to read through a D1 session
 * instead (public reads, `read-session.ts`). A write goes to the primary through a session, so its
 * answer can carry the bookmark (`Hearth-Bookmark`): a client that sends it back with a read
 * (`?bookmark=`) reads from a copy at least as fresh as its write. With `HEARTH_D1_METRICS=1`
 * (benchmarks only) it also reports the request's D1 work in a `Server-Timing` header.
 */
export const useDatabase = createMiddleware<AppEnv>(async (c, next) => {
  const work: D1Work | null =
    c.env.HEARTH_D1_METRICS === "1" ? { roundTrips: 0, rowsRead: 0, rowsWritten: 0 } : null;
  const counted = (db: D1Database) => (work ? countingD1(db, work) : db);
  const useSession = (constraint: string) => {
    const session = c.env.DB.withSession(constraint);
    c.set("db", counted(sessionDatabase(session)));
    return session;
  };
  c.set("useSession", useSession);
  c.set("db", counted(c.env.DB));
  const write = readMethods.has(c.req.method) ? null : useSession("first-primary");
  await next();
  const bookmark = write?.getBookmark();
  if (bookmark) {
    c.res.headers.set(bookmarkHeader, bookmark);
    c.res.headers.append("Access-Control-Expose-Headers", bookmarkHeader);
  }
  if (work) {
    c.res.headers.append(
      "Server-Timing",
      `d1;desc="round_trips=${work.roundTrips} rows_read=${work.rowsRead} rows_written=${work.rowsWritten}"`,
    );
  }
});
