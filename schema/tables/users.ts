import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** An organiser account. Emails are stored lower-cased; passwords as PBKDF2-SHA256 hashes. */
export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    /** `pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>` */
    passwordHash: text("password_hash").notNull(),
    passwordChangedAt: integer("password_changed_at").notNull(),
    locale: text("locale").notNull().default("en"),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [uniqueIndex("users_email_idx").on(table.email)],
);
