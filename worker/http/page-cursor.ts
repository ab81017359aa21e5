import * as v from "valibot";
import { ApiError } from "./errors.js";

/** Where a page of a list ended: the sort time and the id of its last item (keyset paging). */
export interface PagePosition {
  at: number;
  id: string;
}

const cursorSchema = v.object({ s: v.number(), i: v.string() });

/** The opaque `nextCursor` of a page that ended at `position`. */
export function encodeCursor(position: PagePosition): string {
  return btoa(JSON.stringify({ s: position.at, i: position.id })).replace(/=+$/, "");
}

/** Reads a `cursor` back; a broken one is a 422 saying to start again. */
export function decodeCursor(cursor: string): PagePosition {
  try {
    const parsed = v.parse(cursorSchema, JSON.parse(atob(cursor)));
    return { at: parsed.s, id: parsed.i };
  } catch {
    throw brokenCursor();
  }
}

const brokenCursor = () =>
  new ApiError(422, "validation_failed", "The page link is broken. Start from the first page.", {
    cursor: "Use the nextCursor value from the previous page.",
  });

/** A cursor for a list paged by position (its order is computed, not an index's). */
export const offsetCursor = (offset: number): string => encodeCursor({ at: offset, id: "" });

/** The position a `offsetCursor` names; a broken one is a 422 like any cursor. */
export function offsetOf(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const { at } = decodeCursor(cursor);
  if (!Number.isInteger(at) || at < 0) throw brokenCursor();
  return at;
}
