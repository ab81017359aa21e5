import type { Area } from "./routes.js";

/** Each area's elements, as a chunk of its own that registers them when it loads. */
const areas: Readonly<Record<Area, () => Promise<unknown>>> = {
  editor: () => import("../editor/define.js"),
  roster: () => import("../roster/define.js"),
  festival: () => import("../festival/define.js"),
  visits: () => import("../visits/define.js"),
  volunteers: () => import("../volunteers/define.js"),
  network: () => import("../network/define.js"),
  mentoring: () => import("../mentoring/define.js"),
};

const loading = new Map<Area, Promise<void>>();

/**
 * Loads an area's pages once; the page's element, already in the document, upgrades when its
 * tag is defined. A failed load (a network blip) is tried again the next time the page opens.
 */
export function loadArea(area: Area): Promise<void> {
  let load = loading.get(area);
  if (!load) {
    load = areas[area]().then(
      () => undefined,
      (error: unknown) => {
        loading.delete(area);
        throw error;
      },
    );
    loading.set(area, load);
  }
  return load;
}
