import { nothing } from "lit";
import type { ManagedIntake } from "../../schema/contracts/mentoring.js";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import { renderSummary } from "./intake-summary.js";
import { questionsForRole } from "./season-questions.js";
import { modeWords } from "./answer-words.js";

/** What the page's buttons do, and where the confirm step stands. */
export interface ManageActions {
  busy: boolean;
  confirmingWithdraw: boolean;
  change(): void;
  pauseOrResume(): void;
  askToWithdraw(): void;
  /** Shares the person's email with the partner of this pair. */
  share(pairId: string): void;
  /** Writing to this partner through Hearth, while neither sees the other's address. */
  writeTo(partner: Partner): unknown;
  withdraw(): void;
  stay(): void;
}

const statusWords = {
  active: "mentoringStatusActive",
  paused: "mentoringStatusPaused",
  withdrawn: "mentoringStatusWithdrawn",
} as const;

type Partner = ManagedIntake["partners"][number];

/** How to reach a partner: their email once both shared, else a button to share one's own. */
function renderContact(localize: LocalizeController, partner: Partner, act: ManageActions) {
  if (partner.email) {
    return html`<a part="button" class="button secondary" href="mailto:${partner.email}">
      ${localize.t("mentoringWrite", { name: partner.firstName })}
      <bdi class="email">${partner.email}</bdi>
    </a>`;
  }
  if (partner.youShared) return html`<p class="muted">${localize.t("mentoringYouShared")}</p>`;
  return html`<button
    type="button"
    part="button"
    class="button secondary share"
    ?disabled=${act.busy}
    @click=${() => act.share(partner.pairId)}
  >
    ${localize.t("mentoringShareEmail", { name: partner.firstName })}
  </button>`;
}

/** The partners once pairs are published: first name, how to meet, and how to get in touch. */
function renderPartners(localize: LocalizeController, person: ManagedIntake, act: ManageActions) {
  if (person.status === "withdrawn") return nothing;
  return html`<section class="partners" aria-labelledby="partners-title">
    <h3 id="partners-title">${localize.t("mentoringPartnersHeading")}</h3>
    ${
      person.partners.length === 0
        ? html`<p class="muted">${localize.t("mentoringNoPartnerYet")}</p>`
        : html`<ul part="partners" class="partner-list">
            ${person.partners.map(
              (partner) =>
                html`<li class="partner">
                  <strong><bdi>${partner.firstName}</bdi></strong>
                  <span>
                    ${localize.t("mentoringPartnerMeets", {
                      modes: localize.list(
                        partner.modes.map((mode) => localize.t(modeWords[mode])),
                      ),
                    })}
                  </span>
                  ${renderContact(localize, partner, act)}
                  ${partner.email ? nothing : act.writeTo(partner)}
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

function renderActions(localize: LocalizeController, person: ManagedIntake, act: ManageActions) {
  if (person.status === "withdrawn") return nothing;
  if (act.confirmingWithdraw) {
    return html`<div class="confirm panel" role="group" aria-labelledby="withdraw-confirm-text">
      <p id="withdraw-confirm-text" class="confirm-text" tabindex="-1">
        ${localize.t("mentoringWithdrawConfirm")}
      </p>
      <div class="actions">
        <button
          type="button"
          part="button"
          class="button danger withdraw-yes"
          ?disabled=${act.busy}
          @click=${act.withdraw}
        >
          ${localize.t(act.busy ? "loading" : "mentoringWithdrawYes")}
        </button>
        <button type="button" part="button" class="button secondary stay" @click=${act.stay}>
          ${localize.t("mentoringStay")}
        </button>
      </div>
    </div>`;
  }
  return html`<div class="actions">
    <button type="button" part="button" class="button change" @click=${act.change}>
      ${localize.t("mentoringChange")}
    </button>
    <button
      type="button"
      part="button"
      class="button secondary pause"
      ?disabled=${act.busy}
      @click=${act.pauseOrResume}
    >
      ${localize.t(person.status === "paused" ? "mentoringResume" : "mentoringPause")}
    </button>
    <button type="button" part="button" class="button danger withdraw" @click=${act.askToWithdraw}>
      ${localize.t("mentoringWithdraw")}
    </button>
  </div>`;
}

/** The person's own page: where they stand, their partners, their answers and what they can do. */
export function renderManagePage(
  localize: LocalizeController,
  person: ManagedIntake,
  page: { regions: unknown; actions: ManageActions; personalData: () => unknown },
) {
  const { season } = person;
  const language = localize.languageName(season.practisedLanguage);
  const role = person.role === "mentor" ? "mentoringYouAreMentor" : "mentoringYouAreLearner";
  return html`<section class="manage" aria-labelledby="manage-title">
    <header class="intro">
      <h2 id="manage-title">${localize.t("mentoringManageTitle")}</h2>
      <p class="season" lang=${season.nameLang} dir="auto">${season.name}</p>
      <p>${localize.t(role, { language })}</p>
    </header>
    ${page.regions}
    <p part="state" class="state ${person.status}">${localize.t(statusWords[person.status])}</p>
    ${renderPartners(localize, person, page.actions)}
    <section class="mine" aria-labelledby="answers-title">
      <h3 id="answers-title">${localize.t("mentoringAnswers")}</h3>
      ${renderSummary(
        localize,
        person,
        season.practisedLanguage,
        questionsForRole(season.questions, person.role),
      )}
    </section>
    ${renderActions(localize, person, page.actions)} ${page.personalData()}
  </section>`;
}
