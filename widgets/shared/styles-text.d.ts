/**
 * A widget's styles as one text (its own `css`, written out by the build), for the first screen
 * the worker draws: `first-screen-show.ts` adopts them before any of Lit has loaded.
 */
declare module "virtual:hearth-styles-text/*" {
  const text: string;
  export default text;
}
