import { displayLanguage } from "../../i18n/format.js";
import type { Block } from "./blocks.js";
import type { Localizer } from "./localize.js";
import type { MessageContext } from "./types.js";

/**
 * Language Friend messages: the sign-up received, and the introduction to a partner — their
 * first name, the ways both can meet, and how to reach each other (addresses only where the
 * season shares them; otherwise each shares theirs from their own page, and sees the other's once
 * both have). A partner's message, passed on by Hearth, quotes their words and links to
 * the reader's own page to answer the same way — never to the partner's address.
 */
export function mentoringBody(
  context: MessageContext,
  l: Localizer,
): { subject: string; blocks: Block[] } {
  const mentoring = context.mentoring ?? { role: "learner", practisedLanguage: "" };
  const language = displayLanguage(l.locale, mentoring.practisedLanguage);
  const event = context.event.title;
  if (context.kind === "mentoring_received") {
    return {
      subject: l.t("mentoringReceivedSubject", { event }),
      blocks: [
        { type: "heading", text: l.t("mentoringReceivedHeading") },
        {
          type: "paragraph",
          text: l.t(
            mentoring.role === "mentor" ? "mentoringReceivedMentor" : "mentoringReceivedLearner",
            { language },
          ),
        },
        { type: "paragraph", text: l.t("mentoringReceivedNext") },
      ],
    };
  }
  const partner = mentoring.partner ?? { firstName: "", modes: [], region: null, email: null };
  const name = partner.firstName;
  if (context.kind === "mentoring_check_in") {
    return {
      subject: l.t("mentoringCheckInSubject", { partner: name }),
      blocks: [
        { type: "heading", text: l.t("mentoringCheckInSubject", { partner: name }) },
        { type: "paragraph", text: l.t("mentoringCheckInIntro", { partner: name, event }) },
        ...(context.links.feedback
          ? [
              {
                type: "links" as const,
                links: [{ text: l.t("mentoringCheckInAnswer"), href: context.links.feedback }],
                buttons: true,
              },
            ]
          : []),
      ],
    };
  }
  if (context.kind === "mentoring_relay") {
    return {
      subject: l.t("mentoringRelaySubject", { partner: name }),
      blocks: [
        { type: "heading", text: l.t("mentoringRelayHeading", { partner: name }) },
        // The partner's own words, as plain text (the HTML version escapes them).
        {
          type: "quote",
          label: l.t("mentoringRelayLabel", { partner: name }),
          text: mentoring.relayedText ?? "",
          dir: "auto",
        },
        { type: "paragraph", text: l.t("mentoringRelayPrivacy", { partner: name }) },
        {
          type: "links",
          links: [
            { text: l.t("mentoringRelayAnswer", { partner: name }), href: context.links.manage },
          ],
          buttons: true,
        },
        { type: "paragraph", text: l.t("mentoringRelayNoReply", { partner: name }) },
      ],
    };
  }
  const modes = partner.modes.map((mode) =>
    mode === "online"
      ? l.t("mentoringModeOnline")
      : mode === "phone"
        ? l.t("mentoringModePhone")
        : l.t("mentoringModeInPerson", { region: partner.region ?? "" }),
  );
  return {
    subject: l.t("mentoringIntroSubject", { partner: name }),
    blocks: [
      { type: "heading", text: l.t("mentoringIntroHeading", { partner: name }) },
      {
        type: "paragraph",
        text: l.t(mentoring.role === "mentor" ? "mentoringIntroMentor" : "mentoringIntroLearner", {
          partner: name,
          language,
        }),
      },
      { type: "paragraph", text: l.t("mentoringIntroModes", { modes: l.list(modes) }) },
      {
        type: "paragraph",
        text: partner.email
          ? l.t("mentoringIntroEmail", { partner: name, email: partner.email })
          : l.t("mentoringIntroRelay", { partner: name }),
      },
    ],
  };
}
