import { blocksToHtml, type Block } from "./blocks.js";
import { escapeHtml, htmlDocument } from "./html.js";
import { localize } from "./localize.js";
import type { MessageKey } from "./i18n/messages.js";

export type LinkOutcome =
  | "confirmed"
  | "cancelled"
  | "accepted"
  | "declined"
  | "offer_gone"
  | "already_used"
  | "expired"
  | "invalid"
  | "rate_limited";

const words: Record<
  Exclude<LinkOutcome, "rate_limited">,
  { title: MessageKey; body: MessageKey }
> = {
  confirmed: { title: "linkConfirmedTitle", body: "linkConfirmedBody" },
  cancelled: { title: "linkCancelledTitle", body: "linkCancelledBody" },
  accepted: { title: "linkAcceptedTitle", body: "linkAcceptedBody" },
  declined: { title: "linkDeclinedTitle", body: "linkDeclinedBody" },
  offer_gone: { title: "linkOfferGoneTitle", body: "linkOfferGoneBody" },
  already_used: { title: "linkAlreadyUsedTitle", body: "linkAlreadyUsedBody" },
  expired: { title: "linkExpiredTitle", body: "linkExpiredBody" },
  invalid: { title: "linkInvalidTitle", body: "linkInvalidBody" },
};

/**
 * The page a person sees after following a Confirm or Cancel link from a reminder: a whole HTML
 * document, no script, in their language. Its only style is one inline `<style>` element.
 */
export function renderLinkPage(
  outcome: LinkOutcome,
  locale: string,
  fallbackLocale: string,
  extra: { eventTitle?: string; manageUrl?: string; retryAfterMinutes?: number },
): string {
  const l = localize(locale, fallbackLocale);
  const [title, body] =
    outcome === "rate_limited"
      ? [l.t("linkRateLimitedTitle"), l.plural("linkRateLimitedBody", extra.retryAfterMinutes ?? 1)]
      : [l.t(words[outcome].title), l.t(words[outcome].body)];
  const blocks: Block[] = [
    { type: "heading", text: title },
    ...(extra.eventTitle ? [{ type: "paragraph" as const, text: extra.eventTitle }] : []),
    { type: "paragraph", text: body },
    ...(extra.manageUrl
      ? [{ type: "links" as const, links: [{ text: l.t("linkManage"), href: extra.manageUrl }] }]
      : []),
  ];
  return htmlDocument({ lang: l.locale, dir: l.dir, title, body: blocksToHtml(blocks) });
}

const questions: Record<
  "confirm" | "cancel" | "accept" | "decline",
  { title: MessageKey; body?: MessageKey; button: MessageKey }
> = {
  confirm: { title: "linkAskConfirmTitle", button: "linkAskConfirmButton" },
  cancel: { title: "linkAskCancelTitle", body: "linkAskCancelBody", button: "linkAskCancelButton" },
  accept: { title: "linkAskAcceptTitle", button: "linkAskAcceptButton" },
  decline: {
    title: "linkAskDeclineTitle",
    body: "linkAskDeclineBody",
    button: "linkAskDeclineButton",
  },
};

/**
 * The page a Confirm, Cancel, Accept or Decline link opens: it asks, and only the button (a POST) acts, because
 * mail scanners follow links in emails and must not free anyone's place by doing so.
 */
export function renderLinkQuestion(
  action: "confirm" | "cancel" | "accept" | "decline",
  locale: string,
  fallbackLocale: string,
  extra: { eventTitle: string; formAction: string },
): string {
  const l = localize(locale, fallbackLocale);
  const { title, body, button } = questions[action];
  const blocks: Block[] = [
    { type: "heading", text: l.t(title) },
    { type: "paragraph", text: extra.eventTitle },
    ...(body ? [{ type: "paragraph" as const, text: l.t(body) }] : []),
  ];
  return htmlDocument({
    lang: l.locale,
    dir: l.dir,
    title: l.t(title),
    body:
      blocksToHtml(blocks) +
      `<form method="post" action="${escapeHtml(extra.formAction)}">` +
      `<button type="submit" class="button">${escapeHtml(l.t(button))}</button></form>\n`,
  });
}
