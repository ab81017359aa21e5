import { blocksToHtml, type Block } from "./blocks.js";
import { htmlDocument } from "./html.js";
import { localize } from "./localize.js";
import type { MessageKey } from "./i18n/messages.js";

export type LinkOutcome = "confirmed" | "cancelled" | "already_used" | "expired" | "invalid";

const words: Record<LinkOutcome, { title: MessageKey; body: MessageKey }> = {
  confirmed: { title: "linkConfirmedTitle", body: "linkConfirmedBody" },
  cancelled: { title: "linkCancelledTitle", body: "linkCancelledBody" },
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
  extra: { eventTitle?: string; manageUrl?: string },
): string {
  const l = localize(locale, fallbackLocale);
  const { title, body } = words[outcome];
  const blocks: Block[] = [
    { type: "heading", text: l.t(title) },
    ...(extra.eventTitle ? [{ type: "paragraph" as const, text: extra.eventTitle }] : []),
    { type: "paragraph", text: l.t(body) },
    ...(extra.manageUrl
      ? [{ type: "links" as const, links: [{ text: l.t("linkManage"), href: extra.manageUrl }] }]
      : []),
  ];
  return htmlDocument({
    lang: l.locale,
    dir: l.dir,
    title: l.t(title),
    body: blocksToHtml(blocks),
  });
}
