import { waitUntil } from "@open-wc/testing";

export const languages = ["en", "ar"] as const;

export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  return root;
}

export function query<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = shadow(element).querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector} in <${element.localName}>`);
  return found;
}

export async function waitFor(element: Element, selector: string): Promise<HTMLElement> {
  await waitUntil(() => shadow(element).querySelector(selector), `waiting for ${selector}`);
  return query<HTMLElement>(element, selector);
}

export function base(element: Element): HTMLElement {
  return query(element, '[part="base"]');
}

/** The shadow root's text with whitespace squeezed, for plain-words assertions. */
export function text(element: Element): string {
  return (shadow(element).textContent ?? "").replace(/\s+/g, " ").trim();
}

export function fill(element: Element, selector: string, value: string): void {
  const input = query<HTMLInputElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

/*
 * Booleans for "is it there?" and "has it the focus?": a failed `expect(node)` makes the test
 * runner serialise the node for its report, which stalls the whole file instead of failing a test.
 */

export function has(element: Element, selector: string): boolean {
  return shadow(element).querySelector(selector) !== null;
}

export function hasFocus(element: Element, node: Element | null): boolean {
  return node !== null && shadow(element).activeElement === node;
}
