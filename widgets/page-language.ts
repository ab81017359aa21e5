/**
 * Hearth's own pages (the manage, cook and volunteer pages behind people's links, and an
 * organisation's sign-up page) are read by people in any of our languages: the page takes the
 * reader's language and direction through the one negotiation rule — the link's `lang` first (a
 * widget on another website passes its reader's), then the browser's — so its widget and the page
 * itself agree. The sign-up page's widgets take the organisation from the link's `org`, or a
 * network's catalogue from its `network`. Host pages never load this.
 */
import { directionOf, publicLanguages } from "../i18n/languages.js";
import { negotiate } from "../i18n/negotiate.js";

const link = new URLSearchParams(location.search);
const { locale } = negotiate(
  [link.get("lang") ?? "", ...navigator.languages].filter(Boolean),
  publicLanguages,
);
document.documentElement.lang = locale;
document.documentElement.dir = directionOf(locale);
const network = link.get("network");
for (const widget of document.querySelectorAll("[data-org-from-link]")) {
  widget.setAttribute(network ? "network" : "org", network ?? link.get("org") ?? "");
}

/** The catalogues that hold Hearth's own pages' titles, each the chunk the page's widget loads. */
const titleCatalogues: Record<string, (code: string) => Promise<{ default: unknown }>> = {
  booking: (code) => import(`../i18n/public/${code}/booking.json`),
  cook: (code) => import(`../i18n/public/${code}/cook.json`),
  volunteer: (code) => import(`../i18n/public/${code}/volunteer.json`),
  events: (code) => import(`../i18n/public/${code}/events.json`),
  mentoring: (code) => import(`../i18n/public/${code}/mentoring.json`),
};

/*
 * The page's title in the reader's language too: `<html data-title="feature/key">` names the
 * string. The English title in the page stays if the string is missing.
 */
const [feature, key] = document.documentElement.dataset.title?.split("/") ?? [];
const load = feature ? titleCatalogues[feature] : undefined;
if (load && key) {
  void load(locale)
    .then((module) => {
      const title = (module.default as { messages: Record<string, unknown> }).messages[key];
      if (typeof title === "string") document.title = title;
    })
    .catch(() => undefined);
}
