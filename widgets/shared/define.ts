/**
 * Registers a tag unless the host page already did. Our code runs on pages we don't control:
 * a second embed.js, or another version of the widget, must not break the page with a throw.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === element) return;
  if (existing) {
    console.warn(`Hearth: <${tag}> is already defined on this page; keeping the existing one.`);
    return;
  }
  customElements.define(tag, element);
}
