import { nothing } from "lit";
import { state } from "lit/decorators.js";
import type { WorkbenchPerson } from "../../../schema/contracts/admin/mentoring.js";
import { ApiError } from "../../shared/api-client.js";
import { html } from "../../shared/fallback-text.js";
import type { AdminMessageKey } from "../i18n/messages.js";
import { fieldIssueText } from "../shared/errors.js";
import { lockPair } from "./mentoring-api.js";
import { isolate } from "./reason-words.js";
import { WorkbenchPartElement } from "./workbench-part.js";

/** Someone the coordinator pairs by hand, and the words of the form that does it. */
export interface PairByHand {
  personId: string;
  role: "mentor" | "learner";
  name: string;
  /** Their partner now (a proposed pair's), left out of the choices. */
  partnerId?: string;
  label: AdminMessageKey;
  submit: AdminMessageKey;
  /** Where focus goes once the pair is locked. */
  focusAfter: string;
}

/** What went wrong for one person's lock: the rule the pair breaks, or no partner chosen. */
interface LockProblem {
  personId: string;
  text: string;
}

/**
 * A workbench part that pairs someone by hand: choose someone of the other side (by first name,
 * with their level or places taken) and lock the pair. The worker moves the chosen people's
 * unlocked proposals aside, so the same form pairs someone not matched yet and gives someone in
 * a proposed pair another partner (a swap is two of these). A pair that breaks a rule is refused,
 * and the rule is named under the choice.
 */
export abstract class PairByHandElement extends WorkbenchPartElement {
  @state() protected problem: LockProblem | undefined;

  /** The other side's active people, by first name. */
  private partnersFor(form: PairByHand): WorkbenchPerson[] {
    const other = form.role === "learner" ? "mentor" : "learner";
    return (this.workbench?.people ?? [])
      .filter((person) => person.role === other && person.status === "active")
      .filter((person) => person.id !== form.partnerId)
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

  protected renderPairByHand(form: PairByHand) {
    const t = this.localize.t.bind(this.localize);
    const id = `partner-${form.personId}`;
    const error = this.problem?.personId === form.personId ? this.problem.text : "";
    return html`<form
      class="row"
      novalidate
      @submit=${(event: SubmitEvent) => void this.pairByHand(event, form)}
    >
      <div class="field">
        <label for=${id}>${t(form.label, { name: isolate(form.name) })}</label>
        <select
          id=${id}
          name="partner"
          aria-invalid=${error ? "true" : "false"}
          aria-describedby=${error ? `${id}-error` : nothing}
        >
          <option value="">${t("lockByHandChoose")}</option>
          ${this.partnersFor(form).map(
            (partner) => html`<option value=${partner.id}>${this.optionText(partner)}</option>`,
          )}
        </select>
        ${error ? html`<p id="${id}-error" class="error">${error}</p>` : nothing}
      </div>
      <button type="submit" class="button secondary" ?disabled=${this.busy}>
        ${t(form.submit)}<span class="visually-hidden">: ${form.name}</span>
      </button>
    </form>`;
  }

  private async pairByHand(event: SubmitEvent, form: PairByHand): Promise<void> {
    event.preventDefault();
    const select = (event.currentTarget as HTMLFormElement).elements.namedItem("partner");
    const partnerId = select instanceof HTMLSelectElement ? select.value : "";
    const field = `#partner-${CSS.escape(form.personId)}`;
    this.problem = undefined;
    if (!partnerId) {
      this.problem = { personId: form.personId, text: this.localize.t("lockByHandNone") };
      await this.focusOn(field);
      return;
    }
    const [mentorId, learnerId] =
      form.role === "learner" ? [partnerId, form.personId] : [form.personId, partnerId];
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
        this.problem = { personId: form.personId, text: fieldIssueText(issue, this.localize) };
        return true;
      },
    );
    if (done) await this.focusOn(form.focusAfter);
    else if (this.problem) await this.focusOn(field);
  }
}
