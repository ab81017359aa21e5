/**
 * Whether the page fetched the code of any of `parts` (`/widgets/<folder>/<part>.ts`, as the test
 * server serves sources) or their strings in any language; the small module naming a part's
 * strings (`<part>.strings.ts`) comes with its importer's code and does not count.
 */
export function fetchedCodeOf(folder: string, parts: readonly string[]): boolean {
  return performance
    .getEntriesByType("resource")
    .map((entry) => new URL(entry.name).pathname)
    .some((path) =>
      parts.some(
        (part) =>
          path === `/widgets/${folder}/${part}.ts` ||
          path === `/widgets/${folder}/${part}.js` ||
          new RegExp(`/widgets/${folder}/${part}\\.strings/\\w+\\.js$`).test(path),
      ),
    );
}
