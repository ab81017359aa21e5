import type { PublicEvent } from "../../schema/contracts/events.js";
import { directionOf } from "../../i18n/languages.js";
import { html } from "./fallback-text.js";

/** What an event is about: its description, else its summary, with the language it is in. */
function aboutOf(event: PublicEvent): { text: string; lang: string } {
  return event.description
    ? { text: event.description, lang: event.langs.description }
    : { text: event.summary, lang: event.langs.summary };
}

/**
 * The event's description (or summary) as paragraphs, marked with the language it is really in:
 * a Ukrainian title can come with an English description, read in an English voice.
 */
export function renderAbout(event: PublicEvent) {
  const { text, lang } = aboutOf(event);
  return html`<div class="description" lang=${lang} dir=${directionOf(lang)}>
    ${text
      .split(/\n\s*\n/)
      .filter((paragraph) => paragraph.trim() !== "")
      .map((paragraph) => html`<p>${paragraph}</p>`)}
  </div>`;
}
