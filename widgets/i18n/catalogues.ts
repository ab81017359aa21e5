import type { CatalogueFile, MessageMap } from "../../i18n/catalogue.js";
import { dashboardLanguages, publicLanguages } from "../../i18n/languages.js";
import type { PublicFeature } from "./messages.js";

/**
 * Where a localized element's strings come from: the languages it is written in and how to fetch
 * one of them. Each (catalogue, language) is a chunk of its own, fetched the first time it's needed.
 */
export interface CatalogueSource {
  readonly id: string;
  readonly languages: readonly string[];
  load(locale: string): Promise<MessageMap>;
}

const cache = new Map<string, Promise<MessageMap>>();

function cached(key: string, load: () => Promise<CatalogueFile>): Promise<MessageMap> {
  let promise = cache.get(key);
  if (!promise) {
    promise = load().then((file) => file.messages as MessageMap);
    // A catalogue that fails to load (a network blip) may be tried again by the next render.
    promise.catch(() => cache.delete(key));
    cache.set(key, promise);
  }
  return promise;
}

function publicCatalogue(locale: string, feature: PublicFeature): Promise<MessageMap> {
  return cached(`public/${locale}/${feature}`, () =>
    import(`../../i18n/public/${locale}/${feature}.json`).then(
      (module: { default: CatalogueFile }) => module.default,
    ),
  );
}

/** The strings of a public widget: the features it shows, merged, in one language. */
export function publicCatalogues(features: readonly PublicFeature[]): CatalogueSource {
  return {
    id: features.join("+"),
    languages: publicLanguages,
    load: (locale) =>
      Promise.all(features.map((feature) => publicCatalogue(locale, feature))).then((parts) =>
        Object.assign({}, ...parts),
      ),
  };
}

/** The dashboard's strings, in one of the languages it is translated into. */
export const dashboardCatalogue: CatalogueSource = {
  id: "dashboard",
  languages: dashboardLanguages,
  load: (locale) =>
    cached(`dashboard/${locale}`, () =>
      import(`../../i18n/dashboard/${locale}.json`).then(
        (module: { default: CatalogueFile }) => module.default,
      ),
    ),
};
