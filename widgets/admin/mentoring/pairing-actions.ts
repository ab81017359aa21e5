import { nothing } from "lit";
import { state } from "lit/decorators.js";
import type { WorkbenchResponse } from "../../../schema/contracts/admin/mentoring.js";
import { html } from "../../shared/fallback-text.js";
import { publishPairs, solvePairs } from "./mentoring-api.js";
import { WorkbenchPartElement } from "./workbench-part.js";

/** The proposed pairs (not published yet) and how many people they would introduce. */
function proposal(workbench: WorkbenchResponse | undefined) {
  const proposed = (workbench?.pairs ?? []).filter((pair) => pair.state === "proposed");
  const people = new Set(proposed.flatMap((pair) => [pair.mentorId, pair.learnerId]));
  return { pairs: proposed.length, people: people.size };
}

/**
 * "Find pairs again" (keeps locked and published pairs, never makes a ruled-out pair) and
 * "Publish pairs", after a question that says how many people will get an introduction email.
 * Both send the proposal the coordinator is looking at: if someone else changed it meanwhile,
 * the page says so and offers the latest.
 *
 * @tag hearth-admin-pairing-actions
 *
 * @fires hearth-admin-workbench-changed - Pairs were found again or published.
 * @fires hearth-admin-workbench-conflict - The proposal changed meanwhile.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminPairingActions extends WorkbenchPartElement {
  @state() private confirming = false;

  override render() {
    const t = this.localize.t.bind(this.localize);
    if (!this.canWrite || !this.workbench) return this.renderBase(nothing);
    const { pairs, people } = proposal(this.workbench);
    const anyPairs = this.workbench.pairs.length > 0;
    return this.renderBase(
      html`<section class="panel" aria-labelledby="actions-title">
        <h2 id="actions-title">${t("pairingTitle")}</h2>
        <p class="muted">${t("pairingHint")}</p>
        <div class="live alert" role="alert">${this.failure}</div>
        ${
          this.confirming
            ? html`<p id="publish-confirm" class="state" tabindex="-1">
                  ${this.localize.plural("publishConfirm", people, {
                    pairs: this.localize.plural("pairsCount", pairs),
                  })}
                </p>
                <div class="actions">
                  <button
                    type="button"
                    class="button"
                    ?disabled=${this.busy}
                    @click=${() => void this.publish()}
                  >
                    ${t("publishYes")}
                  </button>
                  <button type="button" class="button secondary" @click=${this.notYet}>
                    ${t("publishNotYet")}
                  </button>
                </div>`
            : html`<div class="actions">
                  <button
                    id="solve"
                    type="button"
                    class="button secondary"
                    ?disabled=${this.busy}
                    @click=${() => void this.solve()}
                  >
                    ${t(anyPairs ? "solveAgain" : "solveFirst")}
                  </button>
                  <button
                    id="publish"
                    type="button"
                    class="button"
                    ?disabled=${this.busy || pairs === 0}
                    aria-describedby=${pairs === 0 ? "publish-nothing" : nothing}
                    @click=${() => void this.ask()}
                  >
                    ${t("publishPairs")}
                  </button>
                </div>
                ${
                  pairs === 0
                    ? html`<p id="publish-nothing" class="muted">
                        ${t(anyPairs ? "publishNothingNew" : "publishNothingYet")}
                      </p>`
                    : nothing
                }`
        }
      </section>`,
    );
  }

  private get pairingVersion(): number {
    return this.workbench?.season.pairingVersion ?? 0;
  }

  private async solve(): Promise<void> {
    await this.attempt(
      () => solvePairs(this.org, this.seasonId, this.pairingVersion),
      (workbench) =>
        this.localize.t("solvedStatus", {
          pairs: this.localize.plural(
            "pairsCount",
            workbench?.pairs.filter((pair) => pair.state !== "ended").length ?? 0,
          ),
          unmatched: this.localize.plural("peopleNotMatched", workbench?.unmatched.length ?? 0),
        }),
    );
  }

  /** The question takes focus, so it is read out before the buttons that answer it. */
  private async ask(): Promise<void> {
    this.confirming = true;
    await this.focusOn("#publish-confirm");
  }

  private readonly notYet = () => {
    this.confirming = false;
    void this.focusOn("#publish");
  };

  /** Publishing answers with the season, not the pairs: the page reads the workbench again. */
  private async publish(): Promise<void> {
    let introduced = 0;
    await this.attempt(
      async () => {
        ({ introduced } = await publishPairs(this.org, this.seasonId, this.pairingVersion));
        return null;
      },
      () =>
        introduced === 0
          ? this.localize.t("publishedNobody")
          : this.localize.plural("publishedIntroduced", introduced),
    );
    this.confirming = false;
    await this.focusOn("#publish, #solve");
  }
}
