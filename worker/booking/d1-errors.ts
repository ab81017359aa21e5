/** D1 reports constraint failures only in the message text. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && /UNIQUE constraint failed/i.test(error.message);
}

export function isCheckViolation(error: unknown): boolean {
  return error instanceof Error && /CHECK constraint failed/i.test(error.message);
}

export function isShortCodeCollision(error: unknown): boolean {
  return (
    error instanceof Error &&
    /UNIQUE constraint failed: registrations\.event_id, registrations\.short_code/i.test(
      error.message,
    )
  );
}

/**
 * A NOT NULL failure on `column` (`table.column`). Hand-written statements that must refuse from
 * inside SQLite, which has no RAISE outside triggers, write NULL into a NOT NULL column: the
 * statement fails and its whole batch rolls back, as a slot's CHECK does for a full slot.
 */
export function isNotNullViolation(error: unknown, column: string): boolean {
  return (
    error instanceof Error &&
    error.message.toLowerCase().includes(`not null constraint failed: ${column.toLowerCase()}`)
  );
}
