import { withoutBidiControls } from "../../schema/contracts/text-rules.js";
import { blocksToHtml, blocksToText, type Block } from "./blocks.js";
import { htmlDocument } from "./html.js";
import { localize } from "./localize.js";
import { messageBody } from "./message-body.js";
import type { MessageContext, RenderedMessage } from "./types.js";

export type { MessageContext, MessageEvent, MessageKind, RenderedMessage } from "./types.js";

/** Subjects are one line: a title with a line break must not reach a header. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** Enough for a real name; too short to carry a message of its own. */
const greetingNameLength = 40;

/**
 * The name as the greeting shows it: one line, cut with an ellipsis. Anyone can type anything as a
 * name and any address as the email, so the greeting must not read as the organisation's words.
 * Names saved before the contracts removed direction controls lose them here too.
 * Cut between graphemes, so a letter never loses its accent or an emoji its other half.
 */
function greetingName(name: string): string {
  const line = oneLine(withoutBidiControls(name));
  const graphemes = Array.from(new Intl.Segmenter().segment(line), (part) => part.segment);
  if (graphemes.length <= greetingNameLength) return graphemes.join("");
  return `${graphemes.slice(0, greetingNameLength).join("").trimEnd()}…`;
}

/**
 * A message in the recipient's language (falling back string by string to the organisation's
 * language, then English), as a subject, a complete plain-text version and a simple HTML one.
 */
export function renderMessage(context: MessageContext): RenderedMessage {
  const l = localize(context.locale, context.fallbackLocale);
  const { subject, blocks } = messageBody(context, l);
  const name = greetingName(context.recipientName);
  const personal = context.kind !== "digest";
  const afterwards = context.kind === "cancelled" || context.kind === "thank_you";
  const cook = context.kind.startsWith("cook_");
  const mentoring = context.kind.startsWith("mentoring_");
  const [heading, ...rest] = blocks;
  const all: Block[] = [
    ...(heading ? [heading] : []),
    { type: "paragraph", text: name ? l.t("greeting", { name }) : l.t("greetingNoName") },
    ...rest,
    ...(personal
      ? [
          {
            type: "links" as const,
            links: [
              {
                text: l.t(
                  mentoring
                    ? "manageMentoring"
                    : cook
                      ? "manageApplication"
                      : afterwards
                        ? "manageAfter"
                        : "manage",
                ),
                href: context.links.manage,
              },
            ],
          },
        ]
      : []),
    { type: "paragraph", text: `${l.t("signOff")}\n${context.organisationName}` },
    { type: "rule" },
    {
      type: "paragraph",
      className: "small",
      text: personal
        ? l.t("footer", { event: context.event.title, organisation: context.organisationName })
        : l.t("digestFooter", { organisation: context.organisationName }),
    },
  ];
  const cleanSubject = oneLine(subject);
  return {
    subject: cleanSubject,
    text: blocksToText(all),
    html: htmlDocument({
      lang: l.locale,
      dir: l.dir,
      title: cleanSubject,
      body: blocksToHtml(all),
    }),
    locale: l.locale,
  };
}
