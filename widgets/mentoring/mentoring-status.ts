import { nothing } from "lit";
import type { MentoringRole, PublicSeason } from "../../schema/contracts/mentoring.js";
import { ApiError } from "../shared/api-client.js";
import { errorMessageKey } from "../shared/error-message.js";
import { html } from "../shared/fallback-text.js";
import { alertRegion, statusRegion } from "../shared/live-regions.js";
import type { LocalizeController } from "../shared/localize.js";

/** While the season or the person's answers load. */

/**
 * The last day people can sign up, in the season's time zone: the intake closes at the end of
 * that day (the instant it closes belongs to the next one).
 */
function lastIntakeDay(closesAt: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(Date.parse(closesAt) - 1));
}

export function renderLoading(localize: LocalizeController) {
  return html`<p part="status" role="status">${localize.t("loading")}</p>`;
}

/** A failed load: a bad link or an unknown season says so, anything else offers to try again. */
export function renderLoadError(
  localize: LocalizeController,
  error: unknown,
  managing: boolean,
  retry: () => unknown,
) {
  const badLink = error instanceof ApiError && (error.status === 401 || error.status === 404);
  const words = badLink
    ? localize.t(managing ? "badLink" : "mentoringErrorNotFound")
    : localize.t(errorMessageKey(error));
  return html`<div part="error" class="error-box" role="alert">
    <p>${words}</p>
    ${
      badLink
        ? nothing
        : html`<button type="button" part="button" class="button" @click=${retry}>
            ${localize.t("retry")}
          </button>`
    }
  </div>`;
}

/**
 * The status and alert live regions (`live-regions.ts`), with the outcome or the alert's words.
 */
export function renderRegions(announcement: string, alert: string) {
  const status = announcement
    ? html`<p class="outcome" tabindex="-1">${announcement}</p>`
    : nothing;
  return html`${statusRegion(status)} ${alertRegion(alert ? html`<p>${alert}</p>` : nothing)}`;
}

const headings = {
  mentor: "mentoringHeadingMentor",
  learner: "mentoringHeadingLearner",
  "": "mentoringHeading",
} as const;
const intros = {
  mentor: "mentoringIntroMentor",
  learner: "mentoringIntroLearner",
  "": "mentoringIntro",
} as const;

/** The heading for the role being signed up for, the season, and until when sign-ups are open. */
export function renderIntro(
  localize: LocalizeController,
  season: PublicSeason,
  role: MentoringRole | "",
) {
  const language = localize.languageName(season.practisedLanguage);
  return html`<header class="intro">
    <h2>${localize.t(headings[role])}</h2>
    <p class="season" lang=${season.nameLang} dir="auto">${season.name}</p>
    <p class="muted">${localize.t(intros[role], { language })}</p>
    ${
      season.intakeOpen
        ? html`<p class="muted">
            ${localize.t("mentoringDeadline", {
              date: localize.day(lastIntakeDay(season.intakeClosesAt, season.timeZone)),
            })}
          </p>`
        : html`<p class="notice">${localize.t("mentoringClosed")}</p>`
    }
  </header>`;
}
