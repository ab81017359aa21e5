import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { RegistrationView } from "../../schema/contracts/registrations.js";
import type { LocalizeController } from "../shared/localize.js";

type Answer = RegistrationView["answers"][number];

/**
 * An answer as the person gave it, in their language: choices by their labels, yes/no and numbers
 * in the reader's words, text as written (its own direction: it may be in another script). A
 * mentoring season's answers are shown the same way.
 */
export function answerText(
  { kind, value, choices }: Pick<Answer, "kind" | "value" | "choices">,
  localize: LocalizeController,
) {
  if (typeof value === "boolean") return localize.t(value ? "questionYes" : "questionNo");
  if (typeof value === "number") return localize.number(value);
  if (kind === "one_choice" || kind === "many_choices") {
    const ids = Array.isArray(value) ? value : [value];
    return localize.list(choices.filter((choice) => ids.includes(choice.id)).map((c) => c.label));
  }
  return html`<span dir="auto">${Array.isArray(value) ? value.join(", ") : value}</span>`;
}

/** "Your answers" to the organisers' own questions; nothing once the sign-up is erased. */
export function renderBookingAnswers(view: RegistrationView, localize: LocalizeController) {
  if (view.erased || view.answers.length === 0) return nothing;
  return html`<section class="answers" aria-labelledby="answers-heading">
    <h3 id="answers-heading">${localize.t("bookingAnswers")}</h3>
    <dl class="facts">
      ${view.answers.map(
        (answer) =>
          html`<dt dir="auto">${answer.question}</dt>
            <dd>${answerText(answer, localize)}</dd>`,
      )}
    </dl>
  </section>`;
}
