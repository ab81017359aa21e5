import { nothing } from "lit";
import { repeat } from "lit/directives/repeat.js";
import type { WorkbenchResponse } from "../../../schema/contracts/admin/mentoring.js";
import { html } from "../../shared/fallback-text.js";
import { modesText, unmatchedText } from "./reason-words.js";
import { PairByHandElement } from "./pair-by-hand.js";

type Unmatched = WorkbenchResponse["unmatched"][number];

/**
 * "Not matched yet": each mentor or learner with no partner, why in plain words (nobody free at
 * the same times, nobody meeting the way they can, the fitting partners all taken …), and a way
 * to pair them by hand: choose someone of the other side and lock the pair. A pair that breaks a
 * rule is refused, and the rule is named under the choice.
 *
 * @tag hearth-admin-unmatched-people
 *
 * @fires hearth-admin-workbench-changed - A pair was locked by hand.
 * @fires hearth-admin-workbench-conflict - The proposal changed meanwhile.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminUnmatchedPeople extends PairByHandElement {
  override render() {
    const unmatched = this.workbench?.unmatched ?? [];
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<section aria-labelledby="unmatched-title">
        <h2 id="unmatched-title" tabindex="-1">${t("unmatchedTitle")}</h2>
        <div class="live alert" role="alert">${this.failure}</div>
        ${
          unmatched.length === 0
            ? html`<p>${t("unmatchedEmpty")}</p>`
            : html`<ul class="cards" aria-labelledby="unmatched-title">
                ${repeat(
                  unmatched,
                  (entry) => entry.id,
                  (entry) => this.renderPerson(entry),
                )}
              </ul>`
        }
      </section>`,
    );
  }

  private renderPerson(entry: Unmatched) {
    const t = this.localize.t.bind(this.localize);
    const person = this.person(entry.id);
    const name = person?.firstName ?? "?";
    return html`<li class="card panel" id="unmatched-${entry.id}">
      <h3><bdi>${name}</bdi></h3>
      <p class="meta">
        <span>${t(entry.role === "learner" ? "roleLearner" : "roleMentor")}</span>
        ${person && entry.role === "learner" ? html`<span>${t("personLevel", { level: person.level })}</span>` : nothing}
        ${person ? html`<span>${modesText(person, this.localize)}</span>` : nothing}
      </p>
      <p class="state">${unmatchedText(entry.reason, entry.role, this.localize)}</p>
      ${this.renderAnswersOf(entry.id)}
      ${
        this.canWrite
          ? this.renderPairByHand({
              personId: entry.id,
              role: entry.role,
              name,
              label: "lockByHandLabel",
              submit: "lockByHand",
              focusAfter: "#unmatched-title",
            })
          : nothing
      }
    </li>`;
  }
}
