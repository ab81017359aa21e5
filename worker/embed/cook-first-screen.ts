import type { EventDetailResponse } from "../../schema/contracts/events.js";
import { emptyDraft } from "../../schema/rules/cook-draft.js";
import type { PageWords } from "../event-pages/page-words.js";
import { renderCookScreen } from "./cook-step-screens.js";
import { openBase, signUpSitesData } from "./first-screen-parts.js";

/*
 * The first screen of `<hearth-cook-apply>` for a new cook: the heading and what this is, the
 * progress through the steps, and the first step (the name on the menu and the consent) with its
 * Next button, as the widget draws them. Made here so a cook on a slow phone can start before the
 * widget's code has arrived: each step sends itself and the worker answers with the next
 * (`cook-first-screen-send.ts`, `cook-step-screens.ts`), to the last screen and Send; what they
 * typed and where they are carry over when the widget takes the screen over. Where the organisers
 * take applications rides along (`data-signup-origins`, `data-signup-page`): on a website they
 * have not allowed, the loader leaves the screen to the widget, which says so.
 */
export function renderCookFirstScreen(
  detail: EventDetailResponse,
  options: { words: PageWords },
): string {
  const { words } = options;
  return (
    openBase(words, signUpSitesData(detail)) +
    renderCookScreen({
      screen: "name",
      draft: emptyDraft(),
      view: undefined,
      session: undefined,
      manageUrl: undefined,
      retentionDays: detail.event.retentionDays,
      thenReview: false,
      words,
    }) +
    `</div>`
  );
}
