import { nothing } from "lit";
import type { PublicSeason } from "../../schema/contracts/mentoring.js";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import type { IntakeDraft } from "./intake-draft.js";
import { renderChoices, renderSelect, renderTextField } from "./intake-fields.js";
import type { IntakeErrors } from "./intake-steps.js";
import { modeWords } from "./answer-words.js";

/** Where someone meets in person: one of the season's regions, or their own words. */
function renderRegion(
  localize: LocalizeController,
  draft: IntakeDraft,
  errors: IntakeErrors,
  season: PublicSeason,
) {
  if (season.regions.length === 0) {
    return renderTextField(errors, {
      name: "region",
      label: localize.t("mentoringRegion"),
      hint: localize.t("mentoringRegionHint"),
      value: draft.region,
      autocomplete: "address-level2",
    });
  }
  return renderSelect({
    id: "region",
    name: "region",
    label: localize.t("mentoringRegion"),
    choose: localize.t("mentoringChooseRegion"),
    // The organisation's own names for its places, in the language they wrote them in.
    choices: season.regions.map((region) => ({
      value: region,
      label: region,
      lang: season.nameLang,
    })),
    value: draft.region,
    error: errors.region,
  });
}

/** The ways this season's pairs meet (only those), and where, for meeting in person. */
export function renderMeetingStep(
  localize: LocalizeController,
  draft: IntakeDraft,
  errors: IntakeErrors,
  season: PublicSeason,
) {
  return html`${renderChoices(errors, {
    name: "modes",
    legend: localize.t("mentoringModes"),
    hint: localize.t("mentoringModesHint"),
    choices: season.modes.map((mode) => ({ value: mode, label: localize.t(modeWords[mode]) })),
    chosen: new Set(draft.modes),
    multiple: true,
  })}
  ${draft.modes.includes("in_person") ? renderRegion(localize, draft, errors, season) : nothing}`;
}
