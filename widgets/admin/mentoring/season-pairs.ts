import { nothing } from "lit";
import { state } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";
import type { WorkbenchPair, WorkbenchPerson } from "../../../schema/contracts/admin/mentoring.js";
import { html } from "../../shared/fallback-text.js";
import type { AdminMessageKey } from "../i18n/messages.js";
import { banPair, endPair, lockPair, unlockPair } from "./mentoring-api.js";
import { fitReasonText, isolate } from "./reason-words.js";
import { PairByHandElement } from "./pair-by-hand.js";

const stateKeys: Readonly<Record<WorkbenchPair["state"], AdminMessageKey>> = {
  proposed: "pairProposed",
  published: "pairPublished",
  ended: "pairEnded",
};

/** A question waiting for Yes or No: never pair these two, or end a published pair. */
interface Confirming {
  pairId: string;
  kind: "ban" | "end";
}

/**
 * "Proposed pairs": each pair with both first names, its fit out of 100 and why in words, whether
 * it is proposed or published and whether it is locked. A proposed pair can be locked (kept by
 * every new search) or ruled out for good, and its learner given another mentor by hand (locked
 * at once); a published one can end early, after confirming.
 *
 * @tag hearth-admin-season-pairs
 *
 * @fires hearth-admin-workbench-changed - A pair was locked, unlocked, ruled out or ended.
 * @fires hearth-admin-workbench-conflict - The proposal changed meanwhile.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminSeasonPairs extends PairByHandElement {
  @state() private confirming: Confirming | undefined;

  override render() {
    const pairs = this.workbench?.pairs ?? [];
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<section aria-labelledby="pairs-title">
        <h2 id="pairs-title" tabindex="-1">${t("pairsTitle")}</h2>
        <div class="live alert" role="alert">${this.failure}</div>
        ${
          pairs.length === 0
            ? html`<p>${t("pairsEmpty")}</p>`
            : html`<ul class="cards" aria-labelledby="pairs-title">
                ${repeat(
                  pairs,
                  (pair) => pair.id,
                  (pair) => this.renderPair(pair),
                )}
              </ul>`
        }
      </section>`,
    );
  }

  private renderPair(pair: WorkbenchPair) {
    const t = this.localize.t.bind(this.localize);
    const mentor = this.person(pair.mentorId);
    const learner = this.person(pair.learnerId);
    const names = this.names(pair);
    const both = [mentor, learner].filter((person): person is WorkbenchPerson => !!person);
    return html`<li class="card panel" id="pair-${pair.id}">
      <h3>${names}</h3>
      <p class="meta">
        <span>${t("pairMentor", { name: isolate(mentor?.firstName ?? "?") })}</span>
        <span>${t("pairLearner", { name: isolate(learner?.firstName ?? "?") })}</span>
      </p>
      <p class="meta">
        <span class="state">${t("pairScore", { score: this.localize.number(pair.score) })}</span>
        <span class="badge ${pair.state}">${t(stateKeys[pair.state])}</span>
        ${pair.locked ? html`<span class="badge locked">${t("pairLocked")}</span>` : nothing}
      </p>
      ${
        pair.reasons.length > 0
          ? html`<ul class="reasons" aria-label=${t("pairReasons", { names })}>
              ${pair.reasons.map(
                (reason) => html`<li>${fitReasonText(reason, both, this.localize)}</li>`,
              )}
            </ul>`
          : html`<p class="muted">${t("pairNoReasons")}</p>`
      }
      ${this.renderAnswersOf(pair.mentorId)} ${this.renderAnswersOf(pair.learnerId)}
      ${this.canWrite ? this.renderActions(pair, names) : nothing}
      ${this.canWrite && pair.state === "proposed" && !pair.locked ? this.renderSwap(pair) : nothing}
    </li>`;
  }

  /** Another mentor for this pair's learner, chosen by hand (folded away until wanted). */
  private renderSwap(pair: WorkbenchPair) {
    const name = this.firstName(pair.learnerId);
    return html`<details class="swap">
      <summary>${this.localize.t("otherMentorSummary", { name: isolate(name) })}</summary>
      ${this.renderPairByHand({
        personId: pair.learnerId,
        role: "learner",
        name,
        partnerId: pair.mentorId,
        label: "otherMentorLabel",
        submit: "lockByHand",
        focusAfter: "#pairs-title",
      })}
    </details>`;
  }

  private names(pair: WorkbenchPair): string {
    return this.localize.t("pairNames", {
      mentor: isolate(this.firstName(pair.mentorId)),
      learner: isolate(this.firstName(pair.learnerId)),
    });
  }

  private renderActions(pair: WorkbenchPair, names: string) {
    const t = this.localize.t.bind(this.localize);
    const confirming = this.confirming?.pairId === pair.id ? this.confirming.kind : undefined;
    if (confirming) {
      return html`<p id="confirm-${pair.id}" class="state" tabindex="-1">
          ${t(confirming === "ban" ? "banConfirm" : "endConfirm", { names })}
        </p>
        <div class="actions">
          <button
            type="button"
            class="button danger small"
            ?disabled=${this.busy}
            @click=${() => void (confirming === "ban" ? this.ban(pair, names) : this.end(pair, names))}
          >
            ${t(confirming === "ban" ? "banYes" : "endYes")}
          </button>
          <button type="button" class="button secondary small" @click=${() => this.keep(pair)}>
            ${t("pairKeep")}
          </button>
        </div>`;
    }
    const hidden = html`<span class="visually-hidden">: ${names}</span>`;
    if (pair.state === "ended") return nothing;
    if (pair.state === "published") {
      return html`<div class="actions">
        <button
          id="end-${pair.id}"
          type="button"
          class="button secondary small"
          @click=${() => void this.ask(pair, "end")}
        >
          ${t("pairEnd")}${hidden}
        </button>
      </div>`;
    }
    return html`<div class="actions">
      <button
        id="lock-${pair.id}"
        type="button"
        class="button secondary small"
        ?disabled=${this.busy}
        @click=${() => void this.toggleLock(pair, names)}
      >
        ${t(pair.locked ? "pairUnlock" : "pairLock")}${hidden}
      </button>
      <button
        id="ban-${pair.id}"
        type="button"
        class="button secondary small"
        @click=${() => void this.ask(pair, "ban")}
      >
        ${t("pairBan")}${hidden}
      </button>
    </div>`;
  }

  /** The question takes focus, so it is read out before the buttons that answer it. */
  private async ask(pair: WorkbenchPair, kind: Confirming["kind"]): Promise<void> {
    this.confirming = { pairId: pair.id, kind };
    await this.focusOn(`#confirm-${CSS.escape(pair.id)}`);
  }

  private keep(pair: WorkbenchPair): void {
    const kind = this.confirming?.kind;
    this.confirming = undefined;
    void this.focusOn(`#${kind === "end" ? "end" : "ban"}-${CSS.escape(pair.id)}`);
  }

  /** The button stays where it was and says the other thing now; the status says what changed. */
  private async toggleLock(pair: WorkbenchPair, names: string): Promise<void> {
    const t = this.localize.t.bind(this.localize);
    await this.attempt(
      () =>
        pair.locked
          ? unlockPair(this.org, this.seasonId, pair.learnerId)
          : lockPair(this.org, this.seasonId, pair.mentorId, pair.learnerId),
      () => t(pair.locked ? "pairUnlocked" : "pairLockedDone", { names }),
    );
  }

  /** The pair leaves the list: focus goes to the list's heading. */
  private async ban(pair: WorkbenchPair, names: string): Promise<void> {
    const done = await this.attempt(
      () => banPair(this.org, this.seasonId, pair.mentorId, pair.learnerId),
      () => this.localize.t("banDone", { names }),
    );
    this.confirming = undefined;
    if (done) await this.focusOn("#pairs-title");
  }

  private async end(pair: WorkbenchPair, names: string): Promise<void> {
    const done = await this.attempt(
      () => endPair(this.org, this.seasonId, pair.id),
      () => this.localize.t("endDone", { names }),
    );
    this.confirming = undefined;
    if (done) await this.focusOn("#pairs-title");
  }
}
