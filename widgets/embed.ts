/**
 * The one script a host page includes. It stays tiny and framework-free: it only watches for
 * Hearth tags and loads a widget's code the first time its tag shows up on the page.
 *
 * Chunks are imported relative to this file, and the API is this file's origin, so the
 * host page needs nothing but the script tag and the element.
 */
const apiOrigin = new URL(import.meta.url).origin;

type Register = (apiOrigin: string) => void;

const widgets: Record<string, () => Promise<{ register: Register }>> = {
  "hearth-events": () => import("./events/define.js"),
  "hearth-signup": () => import("./signup/define.js"),
  "hearth-booking": () => import("./booking/define.js"),
  "hearth-visits": () => import("./visits/define.js"),
  "hearth-festival": () => import("./festival/define.js"),
  "hearth-cook-apply": () => import("./cook-apply/define.js"),
  "hearth-volunteer": () => import("./volunteer/define.js"),
};

const requested = new Set<string>();

function load(tag: string): void {
  const importWidget = widgets[tag];
  if (!importWidget || requested.has(tag)) return;
  requested.add(tag);
  importWidget()
    .then((module) => module.register(apiOrigin))
    .catch((error: unknown) => {
      // Let a later tag try again, e.g. after a network blip.
      requested.delete(tag);
      console.error(`Hearth: could not load <${tag}>.`, error);
    });
}

function scan(root: ParentNode): void {
  for (const tag of Object.keys(widgets)) {
    if (!requested.has(tag) && root.querySelector(tag)) load(tag);
  }
}

function watch(): void {
  scan(document);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) continue;
        load(node.localName);
        scan(node);
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

watch();
