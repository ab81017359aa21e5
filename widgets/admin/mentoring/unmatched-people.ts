import { nothing } from "lit";
import { state } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";
import type {
  WorkbenchPerson,
  WorkbenchResponse,
} from "../../../schema/contracts/admin/mentoring.js";
import { ApiError } from "../../shared/api-client.js";
import { html } from "../../shared/fallback-text.js";
import { fieldIssueText } from "../shared/errors.js";
import { lockPair } from "./mentoring-api.js";
import { isolate, modesText, unmatchedText } from "./reason-words.js";
import { WorkbenchPartElement } from "./workbench-part.js";

type Unmatched = WorkbenchResponse["unmatched"][number];

/** What went wrong for one person's lock: the rule the pair breaks, or no partner chosen. */
interface LockProblem {
  personId: string;
  text: string;
}

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
export class HearthAdminUnmatchedPeople extends WorkbenchPartElement {
  @state() private problem: LockProblem | undefined;

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
      ${this.canWrite ? this.renderLockForm(entry, name) : nothing}
    </li>`;
  }

  /** The other side's active people, by first name, each with what helps choose. */
  private partnersFor(entry: Unmatched): WorkbenchPerson[] {
    const other = entry.role === "learner" ? "mentor" : "learner";
    return (this.workbench?.people ?? [])
      .filter((person) => person.role === other && person.status === "active")
      .sort((a, b) => a.firstName.localeCompare(b.firstName, this.localize.locale));
  }

  private optionText(partner: WorkbenchPerson): string {
    const t = this.localize.t.bind(this.localize);
    if (partner.role === "learner") {
      return t("partnerLearnerOption", { name: partner.firstName, level: partner.level });
    }
    const taken = (this.workbench?.pairs ?? []).filter(
      (pair) => pair.mentorId === partner.id && pair.state !== "ended",
    ).length;
    return t("partnerMentorOption", {
      name: partner.firstName,
      taken: this.localize.number(taken),
      capacity: this.localize.number(partner.capacity),
    });
  }

  private renderLockForm(entry: Unmatched, name: string) {
    const t = this.localize.t.bind(this.localize);
    const id = `partner-${entry.id}`;
    const error = this.problem?.personId === entry.id ? this.problem.text : "";
    return html`<form
      class="row"
      novalidate
      @submit=${(event: SubmitEvent) => void this.lock(event, entry)}
    >
      <div class="field">
        <label for=${id}>${t("lockByHandLabel", { name: isolate(name) })}</label>
        <select
          id=${id}
          name="partner"
          aria-invalid=${error ? "true" : "false"}
          aria-describedby=${error ? `${id}-error` : nothing}
        >
          <option value="">${t("lockByHandChoose")}</option>
          ${this.partnersFor(entry).map(
            (partner) => html`<option value=${partner.id}>${this.optionText(partner)}</option>`,
          )}
        </select>
        ${error ? html`<p id="${id}-error" class="error">${error}</p>` : nothing}
      </div>
      <button type="submit" class="button secondary" ?disabled=${this.busy}>
        ${t("lockByHand")}<span class="visually-hidden">: ${name}</span>
      </button>
    </form>`;
  }

  private async lock(event: SubmitEvent, entry: Unmatched): Promise<void> {
    event.preventDefault();
    const select = (event.currentTarget as HTMLFormElement).elements.namedItem("partner");
    const partnerId = select instanceof HTMLSelectElement ? select.value : "";
    this.problem = undefined;
    if (!partnerId) {
      this.problem = { personId: entry.id, text: this.localize.t("lockByHandNone") };
      await this.focusOn(`#partner-${CSS.escape(entry.id)}`);
      return;
    }
    const [mentorId, learnerId] =
      entry.role === "learner" ? [partnerId, entry.id] : [entry.id, partnerId];
    const done = await this.attempt(
      () => lockPair(this.org, this.seasonId, mentorId, learnerId),
      () =>
        this.localize.t("lockByHandDone", {
          names: this.localize.t("pairNames", {
            mentor: isolate(this.firstName(mentorId)),
            learner: isolate(this.firstName(learnerId)),
          }),
        }),
      (error) => {
        // The rule the pair breaks, in words, under the choice that broke it.
        const issue = error instanceof ApiError ? error.fieldCodes.pair : undefined;
        if (!issue) return false;
        this.problem = { personId: entry.id, text: fieldIssueText(issue, this.localize) };
        return true;
      },
    );
    if (done) await this.focusOn("#unmatched-title");
    else if (this.problem) await this.focusOn(`#partner-${CSS.escape(entry.id)}`);
  }
}
