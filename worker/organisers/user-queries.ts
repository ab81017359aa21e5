import { firstRow } from "../db/first-row.js";

export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  passwordHash: string;
}

const userColumns = `id, email, display_name AS displayName, locale, password_hash AS passwordHash`;

/** `email` must already be lower-cased (the contracts do it). */
export function findUserByEmail(db: D1Database, email: string): Promise<UserRow | null> {
  return firstRow<UserRow>(
    db.prepare(`SELECT ${userColumns} FROM users WHERE email = ?1`).bind(email),
  );
}

export function findUserById(db: D1Database, userId: string): Promise<UserRow | null> {
  return firstRow<UserRow>(
    db.prepare(`SELECT ${userColumns} FROM users WHERE id = ?1`).bind(userId),
  );
}

export function insertUser(
  db: D1Database,
  user: {
    id: string;
    email: string;
    displayName: string;
    passwordHash: string;
    locale: string;
    now: number;
  },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO users (id, email, display_name, password_hash, password_changed_at, locale, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?5)`,
    )
    .bind(user.id, user.email, user.displayName, user.passwordHash, user.now, user.locale);
}

export function updatePassword(
  db: D1Database,
  userId: string,
  passwordHash: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(`UPDATE users SET password_hash = ?2, password_changed_at = ?3 WHERE id = ?1`)
    .bind(userId, passwordHash, now);
}
