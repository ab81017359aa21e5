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
 * The short form after a visit: a five-point face scale (each face with its words, so it works
 * for screen readers and for anyone unsure what a face means) and one optional comment.
 */
export function renderFeedbackForm(
  locale: string,
  fallbackLocale: string,
  extra: { eventTitle: string; formAction: string; missingScore?: boolean },
): string {
  const l = localize(locale, fallbackLocale);
  const title = l.t("feedbackTitle");
  const blocks: Block[] = [
    { type: "heading", text: title },
    { type: "paragraph", text: extra.eventTitle },
    { type: "paragraph", text: l.t("feedbackIntro") },
  ];
  const error = extra.missingScore
    ? `<p id="score-error" role="alert"><strong>${escapeHtml(l.t("feedbackMissing"))}</strong></p>`
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
    `<fieldset${extra.missingScore ? ' aria-describedby="score-error"' : ""}>` +
    `<legend>${escapeHtml(title)}</legend>\n${error}${options}\n</fieldset>\n` +
    `<p><label for="comment">${escapeHtml(l.t("feedbackComment"))}</label><br>` +
    `<textarea id="comment" name="comment" rows="4" maxlength="1000"></textarea></p>\n` +
    `<button type="submit" class="button">${escapeHtml(l.t("feedbackSend"))}</button>\n</form>\n`;
  return htmlDocument({ lang: l.locale, dir: l.dir, title, body: blocksToHtml(blocks) + form });
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
