/**
 * embed.js's table of the lists whose first screen the worker draws: each tag's styles (the
 * widget's own, written out by the build as a file beside the chunks), relative to embed.js.
 */
declare module "virtual:hearth-first-screens" {
  export const firstScreenStyles: Readonly<Record<string, string>>;
}
