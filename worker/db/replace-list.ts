import { newId } from "../lib/crypto.js";

/**
 * Statements that make an ordered list (a festival's stalls, an organisation's roles) exactly
 * `input`: the rows not kept are removed, the rest written in order. An id that is not one of the
 * list's own gets a new one, so a row from elsewhere is never taken over.
 */
export function replaceListStatements<Item extends { id?: string | undefined }>(
  existingIds: readonly string[],
  input: readonly Item[],
  options: {
    idPrefix: string;
    remove: (id: string) => D1PreparedStatement;
    write: (item: Item, id: string, position: number) => D1PreparedStatement;
  },
): D1PreparedStatement[] {
  const kept = new Set(input.flatMap((item) => (item.id ? [item.id] : [])));
  return [
    ...existingIds.filter((id) => !kept.has(id)).map((id) => options.remove(id)),
    ...input.map((item, position) =>
      options.write(
        item,
        item.id && existingIds.includes(item.id) ? item.id : newId(options.idPrefix),
        position,
      ),
    ),
  ];
}
