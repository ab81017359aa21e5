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
