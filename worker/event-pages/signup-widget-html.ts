import { escapeHtml } from "../messages/html.js";
import { loaderScript } from "../embed/widget-markup.js";
import type { FormProblems } from "./form-errors.js";
import type { PageState } from "./page-state.js";

/** Who the widget signs up for, and in which language it speaks. */
export interface SignupWidget {
  organisationSlug: string;
  eventId: string;
  locale: string;
}

/**
 * Whether the page's form is handed to `<hearth-signup>` when scripts run: only a fresh form. One
 * sent back with answers and errors stays the plain form, since the widget would drop both.
 */
export const enhancesWithWidget = (state: PageState, problems: FormProblems) =>
  state.kind === "open" && Object.keys(problems.fields).length === 0 && !problems.form;

/**
 * The page's plain form inside `<hearth-signup>`, as the element's own content. Why this and not a
 * script that swaps one for the other:
 * - with JavaScript off, or when `/embed.js` or the widget's code never arrives, the tag is an
 *   unknown element and its content, the form, is simply the page;
 * - once the widget's code runs, it keeps the form shown (a `<slot>`) until it has the event, shows
 *   it again if the event cannot load, and keeps it for good when the reader has already started
 *   on it (`widgets/shared/fallback-content.ts`): no flash of an empty box, no lost answers;
 * - `no-header`: the page already shows the event and the "Sign up" heading above the tag.
 * `lang` is the page's language, so the widget speaks it too. The widget books through the API
 * from Hearth's own origin, which the worker always accepts.
 */
export function signupWidgetHtml(widget: SignupWidget, fallback: string): string {
  return (
    `<hearth-signup org="${escapeHtml(widget.organisationSlug)}" event="${escapeHtml(widget.eventId)}" ` +
    `lang="${escapeHtml(widget.locale)}" no-header>\n${fallback}</hearth-signup>\n`
  );
}

/**
 * The loader, from the worker's own origin: a module script, so deferred — it never holds up the
 * page's first paint, and it runs once the form is parsed, so the widget finds its content whole.
 */
export const widgetLoaderTag = loaderScript;

/**
 * What the page's Content-Security-Policy adds for the widget, and nothing more: its scripts (the
 * loader, its chunks and strings) and its API calls, from Hearth's own origin. Its styles are
 * constructed style sheets (`adoptedStyleSheets`), which `style-src` does not govern, so the
 * page's one hashed `<style>` stays the only style allowed.
 */
export const widgetDirectives = ["script-src 'self'", "connect-src 'self'"] as const;
