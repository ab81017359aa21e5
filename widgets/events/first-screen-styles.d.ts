/**
 * The list's styles as one text (the widget's own `css`, written out by the build), for the first
 * screen the worker draws: `first-screen-show.ts` adopts them before any of Lit has loaded.
 */
declare module "virtual:hearth-events-styles-text" {
  const text: string;
  export default text;
}
