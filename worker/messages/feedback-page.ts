import { blocksToHtml, type Block } from "./blocks.js";
import { escapeHtml, htmlDocument } from "./html.js";
import { localize } from "./localize.js";
import type { MessageKey } from "./i18n/messages.js";

const faces: { score: number; emoji: string; label: MessageKey }[] = [
  { score: 1, emoji: "😞", label: "feedbackScore1" },
  { score: 2, emoji: "🙁", label: "feedbackScore2" },
  { score: 3, emoji: "😐", label: "feedbackScore3" },
  { score: 4, emoji: "🙂", label: "feedbackScore4" },
  { score: 5, emoji: "😄", label: "feedbackScore5" },
];

/**
 * Why a sent form came back: no face chosen, a comment the text rules refuse, or hours met that
 * are not a whole number from 0 to 500 (asked only in a mentoring pair's check-in).
 */
export type FeedbackProblem = "missing_score" | "bad_comment" | "bad_hours";

/**
 * The short form after a visit: a five-point face scale (each face with its words, so it works
 * for screen readers and for anyone unsure what a face means) and one optional comment. A form
 * sent back keeps the comment that was typed, unless the comment itself was refused.
 */
export function renderFeedbackForm(
  locale: string,
  fallbackLocale: string,
  extra: {
    eventTitle: string;
    formAction: string;
    problem?: FeedbackProblem | undefined;
    comment?: string;
    /** Other words than a visit's (a mentoring pair's check-in). */
    heading?: string;
    intro?: string;
    /** A mentoring pair's check-in also asks, optionally, how many hours they have met. */
    asksHours?: boolean;
    hours?: string;
  },
): string {
  const l = localize(locale, fallbackLocale);
  const title = extra.heading ?? l.t("feedbackTitle");
  const blocks: Block[] = [
    { type: "heading", text: title },
    { type: "paragraph", text: extra.eventTitle },
    { type: "paragraph", text: extra.intro ?? l.t("feedbackIntro") },
  ];
  const missingScore = extra.problem === "missing_score";
  const badComment = extra.problem === "bad_comment";
  const error = missingScore
    ? `<p id="score-error" role="alert"><strong>${escapeHtml(l.t("feedbackMissing"))}</strong></p>`
    : "";
  const commentError = badComment
    ? `<br><strong id="comment-error" role="alert">${escapeHtml(l.t("feedbackBadComment"))}</strong>`
    : "";
  const options = faces
    .map(
      (face) =>
        `<label class="choice">` +
        `<input type="radio" name="score" value="${face.score}" required> ` +
        `<span aria-hidden="true">${face.emoji}</span> ${escapeHtml(l.t(face.label))}</label>`,
    )
    .join("\n");
  const form =
    `<form method="post" action="${escapeHtml(extra.formAction)}">\n` +
    `<fieldset${missingScore ? ' aria-describedby="score-error"' : ""}>` +
    `<legend>${escapeHtml(title)}</legend>\n${error}${options}\n</fieldset>\n` +
    `<p><label for="comment">${escapeHtml(l.t("feedbackComment"))}</label>${commentError}<br>` +
    `<textarea id="comment" name="comment" rows="4" maxlength="1000"` +
    `${badComment ? ' aria-invalid="true" aria-describedby="comment-error"' : ""}>` +
    `${escapeHtml(extra.comment ?? "")}</textarea></p>\n` +
    (extra.asksHours ? hoursField(l, extra.problem === "bad_hours", extra.hours ?? "") : "") +
    `<button type="submit" class="button">${escapeHtml(l.t("feedbackSend"))}</button>\n</form>\n`;
  return htmlDocument({ lang: l.locale, dir: l.dir, title, body: blocksToHtml(blocks) + form });
}

/** The optional "hours met so far" field: a whole number, kept when the form comes back. */
function hoursField(l: ReturnType<typeof localize>, refused: boolean, value: string): string {
  const error = refused
    ? `<br><strong id="hours-error" role="alert">${escapeHtml(l.t("mentoringCheckInBadHours"))}</strong>`
    : "";
  return (
    `<p><label for="hours">${escapeHtml(l.t("mentoringCheckInHours"))}</label>${error}<br>` +
    `<input id="hours" name="hours" type="number" inputmode="numeric" min="0" max="500" step="1"` +
    ` value="${escapeHtml(value)}"${refused ? ' aria-invalid="true" aria-describedby="hours-error"' : ""}></p>\n`
  );
}

/** After sending, or when this sign-up already answered. */
export function renderFeedbackResult(
  outcome: "thanks" | "already",
  locale: string,
  fallbackLocale: string,
): string {
  const l = localize(locale, fallbackLocale);
  const [title, body] =
    outcome === "thanks"
      ? (["feedbackThanksTitle", "feedbackThanksBody"] as const)
      : (["feedbackAlreadyTitle", "feedbackAlreadyBody"] as const);
  return htmlDocument({
    lang: l.locale,
    dir: l.dir,
    title: l.t(title),
    body: blocksToHtml([
      { type: "heading", text: l.t(title) },
      { type: "paragraph", text: l.t(body) },
    ]),
  });
}
