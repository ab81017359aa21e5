// Keyboard-only helpers: find things by pressing Tab, as a person without a mouse would.

/** Describes the focused element, looking through open shadow roots. */
export function describeFocus(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return null;
    const root = active.getRootNode();
    const id = active.getAttribute("id");
    const label =
      active.getAttribute("aria-label") ??
      (id && root.querySelector ? root.querySelector(`label[for="${id}"]`)?.textContent : null) ??
      active.closest("label")?.textContent ??
      "";
    return {
      tag: active.tagName.toLowerCase(),
      type: active.getAttribute("type"),
      name: active.getAttribute("name"),
      href: active.getAttribute("href"),
      text: (active.textContent ?? "").replace(/\s+/g, " ").trim(),
      label: label.replace(/\s+/g, " ").trim(),
    };
  });
}

/** Presses Tab until `matches(focus)` holds; fails after `limit` presses. */
export async function tabTo(page, matches, what, limit = 60) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    const focus = await describeFocus(page);
    if (focus && matches(focus)) return focus;
  }
  throw new Error(`Could not reach ${what} with the Tab key in ${limit} presses`);
}
