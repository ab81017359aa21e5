import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Failed sign-ins per account and per client, in a sliding window; past the limit the key is
 * locked until `locked_until`. Keys are hashes (`account:<sha256>`, `client:<sha256>`).
 */
export const loginThrottles = sqliteTable("login_throttles", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  windowStartedAt: integer("window_started_at").notNull(),
  lockedUntil: integer("locked_until"),
});
