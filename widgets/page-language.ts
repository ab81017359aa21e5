/**
 * Hearth's own pages (the manage, cook and volunteer pages behind people's links) are read by
 * people in any of our languages: the page takes the reader's language and direction through the
 * one negotiation rule, so its widget and the page itself agree. Host pages never load this.
 */
import { directionOf, publicLanguages } from "../i18n/languages.js";
import { negotiate } from "../i18n/negotiate.js";

const { locale } = negotiate(navigator.languages, publicLanguages);
document.documentElement.lang = locale;
document.documentElement.dir = directionOf(locale);
