import { define } from "../../shared/define.js";

/** The elements a table of tags → element classes registers, for `HTMLElementTagNameMap`. */
export type ElementsOf<Table extends Record<string, CustomElementConstructor>> = {
  [Tag in keyof Table]: InstanceType<Table[Tag]>;
};

/**
 * Registers a dashboard area's elements (each with `define`, so a page that already has one
 * keeps it). Each area's `define.ts` is loaded once, the first time one of its pages opens.
 */
export function defineArea(elements: Record<string, CustomElementConstructor>): void {
  for (const [tag, element] of Object.entries(elements)) define(tag, element);
}
