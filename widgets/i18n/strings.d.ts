/**
 * A widget's strings: `import strings from "virtual:hearth-strings/common+events"` names the
 * catalogue features it shows; the build (and the widget tests) serve the keys of those features
 * that the widget's code uses, one module per language (scripts/widget-strings.mjs).
 */
declare module "virtual:hearth-strings/*" {
  const strings: import("./catalogues.js").CatalogueSource;
  export default strings;
}

/** embed.js's table: each public widget's strings folder, by tag, and the languages they exist in. */
declare module "virtual:hearth-widget-strings" {
  export const stringFolders: Readonly<Record<string, string>>;
  export const stringLanguages: readonly string[];
}
