import { html } from "../../shared/fallback-text.js";
import { unbanPair } from "./mentoring-api.js";
import { isolate } from "./reason-words.js";
import { WorkbenchPartElement } from "./workbench-part.js";

/**
 * "Never pair": the pairs the coordinator ruled out, which no search makes again, each with a
 * way to allow it again.
 *
 * @tag hearth-admin-season-bans
 *
 * @fires hearth-admin-workbench-changed - A pair was allowed again.
 * @fires hearth-admin-workbench-conflict - The proposal changed meanwhile.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminSeasonBans extends WorkbenchPartElement {
  override render() {
    const t = this.localize.t.bind(this.localize);
    const bans = this.workbench?.bans ?? [];
    return this.renderBase(
      html`<section aria-labelledby="bans-title">
        <h2 id="bans-title" tabindex="-1">${t("bansTitle")}</h2>
        <p class="muted">${t("bansHint")}</p>
        <div class="live alert" role="alert">${this.failure}</div>
        ${
          bans.length === 0
            ? html`<p>${t("bansEmpty")}</p>`
            : html`<ul class="cards" aria-labelledby="bans-title">
                ${bans.map((ban) => {
                  const names = t("pairNames", {
                    mentor: isolate(this.firstName(ban.mentorId)),
                    learner: isolate(this.firstName(ban.learnerId)),
                  });
                  return html`<li class="card panel meta">
                    <span class="grow">${names}</span>
                    <button
                      type="button"
                      class="button secondary small"
                      ?disabled=${this.busy}
                      @click=${() => void this.allow(ban.mentorId, ban.learnerId, names)}
                    >
                      ${t("banRemove")}<span class="visually-hidden">: ${names}</span>
                    </button>
                  </li>`;
                })}
              </ul>`
        }
      </section>`,
    );
  }

  private async allow(mentorId: string, learnerId: string, names: string): Promise<void> {
    const done = await this.attempt(
      () => unbanPair(this.org, this.seasonId, mentorId, learnerId),
      () => this.localize.t("banRemoved", { names }),
    );
    if (done) await this.focusOn("#bans-title");
  }
}
