import type { CatalogueFile, MessageMap } from "../../i18n/catalogue.js";
import { dashboardLanguages } from "../../i18n/languages.js";

/**
 * Where a localized element's strings come from: the languages it is written in and how to fetch
 * one of them. Each language is a chunk of its own, fetched the first time it's needed. The public
 * widgets' come from `virtual:hearth-strings/…` (see strings.d.ts); the dashboard's are below.
 */
export interface CatalogueSource {
  readonly id: string;
  readonly languages: readonly string[];
  load(locale: string): Promise<MessageMap>;
}

const cache = new Map<string, Promise<MessageMap>>();

/** The dashboard's strings, in one of the languages it is translated into. */
export const dashboardCatalogue: CatalogueSource = {
  id: "dashboard",
  languages: dashboardLanguages,
  load: (locale) => {
    let promise = cache.get(locale);
    if (!promise) {
      promise = import(`../../i18n/dashboard/${locale}.json`).then(
        (module: { default: CatalogueFile }) => module.default.messages as MessageMap,
      );
      // A catalogue that fails to load (a network blip) may be tried again by the next render.
      promise.catch(() => cache.delete(locale));
      cache.set(locale, promise);
    }
    return promise;
  },
};
