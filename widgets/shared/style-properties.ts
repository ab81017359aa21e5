import { noChange } from "lit";
import type { ElementPart, PartInfo } from "lit/directive.js";
import { Directive, directive, PartType } from "lit/directive.js";

/** CSS property name (`grid-column`, `--hearth-color-primary`) → value. */
export type StyleProperties = Readonly<Record<string, string>>;

/**
 * Sets CSS properties on an element through the CSSOM (`style.setProperty`), which a strict
 * `style-src 'self'` policy allows. Lit's `styleMap` writes a `style` attribute on first render,
 * which that policy blocks, so host pages and our own pages would lose the styles. Properties
 * left out of a later render are removed.
 *
 * Usage: `<div ${styleProperties({ "grid-column": "2" })}>`.
 */
class StylePropertiesDirective extends Directive {
  private readonly applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error("styleProperties() belongs on an element, not in an attribute or text.");
    }
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.applied) {
      if (!(name in properties)) {
        style.removeProperty(name);
        this.applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(properties)) {
      style.setProperty(name, value);
      this.applied.add(name);
    }
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
