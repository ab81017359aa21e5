import type { ResolvedText } from "../../i18n/content.js";
import { withoutBidiControls } from "../../schema/contracts/text-rules.js";
import { blocksToHtml, blocksToText, type Block, type DetailRow } from "./blocks.js";
import { formatDay, formatEventTime } from "./format.js";
import { htmlDocument } from "./html.js";
import { localize, type Localizer } from "./localize.js";
import type { MessageKey } from "./i18n/messages.js";
import type { MessageContext, RenderedMessage } from "./types.js";
import { visitDay, visitRows } from "./visit-details.js";

export type { MessageContext, MessageEvent, MessageKind, RenderedMessage } from "./types.js";

/** Kinds that mean "you have a place": they carry the door code. */
const placeKinds = new Set(["confirmed", "promoted", "event_changed", "reminder"]);

function when(context: MessageContext, l: Localizer): string {
  const { startsAt, endsAt, timeZone } = context.event;
  return formatEventTime(startsAt, endsAt, timeZone, l.locale);
}

function party(context: MessageContext, l: Localizer): string {
  const { adults, children } = context.party;
  const parts = [
    ...(adults > 0 || children === 0 ? [l.plural("adults", adults)] : []),
    ...(children > 0 ? [l.plural("children", children)] : []),
  ];
  return l.list(parts);
}

/** `{ lang }` for an organiser's text that fell back to another language than the message's. */
function otherLanguage(text: ResolvedText, l: Localizer): { lang?: string } {
  return text.lang.toLowerCase() === l.locale.toLowerCase() ? {} : { lang: text.lang };
}

/** What to bring (marked with its language when it is not the message's) and who to call. */
function dayRows(event: MessageContext["event"], l: Localizer): DetailRow[] {
  const rows: DetailRow[] = [];
  const bring = event.whatToBring;
  if (bring?.text.trim()) {
    rows.push({ label: l.t("whatToBring"), value: bring.text.trim(), ...otherLanguage(bring, l) });
  }
  if (event.dayContact) rows.push({ label: l.t("dayContact"), value: event.dayContact });
  return rows;
}

/** When, where, who and the door code; on a change, what each one was. */
function details(
  context: MessageContext,
  l: Localizer,
  show: { party: boolean; code: boolean },
): Block {
  const { event, previous } = context;
  const changed = context.kind === "event_changed" && previous ? previous : null;
  const was = (value: string) => ({ template: l.t("was"), value });
  const rows: DetailRow[] = [{ label: l.t("when"), value: when(context, l) }];
  if (changed && (changed.startsAt !== event.startsAt || changed.endsAt !== event.endsAt)) {
    rows[0]!.was = was(formatEventTime(changed.startsAt, changed.endsAt, event.timeZone, l.locale));
  }
  const visit = context.visit;
  if (visit) {
    rows.push(...visitRows(visit, context, l));
  } else if (event.venue !== null || (changed && changed.venue !== null)) {
    const row: DetailRow = { label: l.t("where"), value: event.venue ?? l.t("noPlace") };
    if (changed && changed.venue !== event.venue) row.was = was(changed.venue ?? l.t("noPlace"));
    rows.push(row);
  }
  if (event.onlineUrl) {
    rows.push({ label: l.t("online"), value: l.t("joinOnline"), href: event.onlineUrl });
  }
  // What to bring and who to call matter to everyone with a place, not to a cancellation.
  if (placeKinds.has(context.kind)) rows.push(...dayRows(event, l));
  // Hosts and interpreters come as themselves; their rows say who else is coming.
  if (show.party && (!visit || visit.audience === "visitor")) {
    rows.push({ label: l.t("whoIsComing"), value: party(context, l) });
  }
  if (show.code && context.shortCode && placeKinds.has(context.kind)) {
    rows.push({
      label: l.t("doorCode"),
      value: context.shortCode,
      className: "code",
      hint: l.t("doorCodeHint"),
    });
  }
  return { type: "details", rows };
}

function organiserWords(context: MessageContext, l: Localizer): Block[] {
  const words = context.organiserMessage;
  const text = words?.text.trim();
  if (!words || !text) return [];
  return [{ type: "quote", label: l.t("organiserWords"), text, ...otherLanguage(words, l) }];
}

const calendarLink = (context: MessageContext, l: Localizer): Block => ({
  type: "links",
  links: [{ text: l.t("addToCalendar"), href: context.links.calendar }],
});

/** The subject and the words between the greeting and the manage link, per kind. */
function body(context: MessageContext, l: Localizer): { subject: string; blocks: Block[] } {
  const event = context.event.title;
  const all = { party: true, code: true };
  switch (context.kind) {
    case "confirmed":
      return {
        subject: l.t("confirmedSubject", { event }),
        blocks: [
          { type: "heading", text: l.t("confirmedHeading") },
          { type: "paragraph", text: l.t("confirmedIntro", { event }) },
          details(context, l, all),
          ...visitDay(context, l),
          calendarLink(context, l),
          { type: "paragraph", text: l.t("cantCome") },
        ],
      };
    case "waitlisted":
      return {
        subject: l.t("waitlistedSubject", { event }),
        blocks: [
          { type: "heading", text: l.t("waitlistedHeading") },
          { type: "paragraph", text: l.t("waitlistedIntro", { event }) },
          ...(context.position !== null
            ? [
                {
                  type: "paragraph" as const,
                  text: l.t("waitlistedPosition", { position: context.position }),
                },
              ]
            : []),
          { type: "paragraph", text: l.t("waitlistedNext") },
          details(context, l, { party: true, code: false }),
        ],
      };
    case "promoted":
      return {
        subject: l.t("promotedSubject", { event }),
        blocks: [
          { type: "heading", text: l.t("promotedHeading") },
          { type: "paragraph", text: l.t("promotedIntro", { event }) },
          details(context, l, all),
          ...visitDay(context, l),
          calendarLink(context, l),
          { type: "paragraph", text: l.t("cantCome") },
        ],
      };
    case "cancelled": {
      const byOrganiser = context.cancelledBy === "organiser";
      return {
        subject: l.t("cancelledSubject", { event }),
        blocks: [
          {
            type: "heading",
            text: l.t(byOrganiser ? "cancelledHeadingOrganiser" : "cancelledHeadingPerson"),
          },
          {
            type: "paragraph",
            text: l.t(byOrganiser ? "cancelledIntroOrganiser" : "cancelledIntroPerson", { event }),
          },
          ...organiserWords(context, l),
          details(context, l, { party: false, code: false }),
          { type: "paragraph", text: l.t("cancelledAgain") },
        ],
      };
    }
    case "event_changed":
      return {
        subject: l.t("changedSubject", { event }),
        blocks: [
          { type: "heading", text: l.t("changedHeading", { event }) },
          { type: "paragraph", text: l.t("changedIntro") },
          ...organiserWords(context, l),
          details(context, l, all),
          ...visitDay(context, l),
          { type: "paragraph", text: l.t("changedCheck") },
          { type: "paragraph", text: l.t("changedCalendar") },
          calendarLink(context, l),
        ],
      };
    case "reminder": {
      const answers = [
        ...(context.links.confirm
          ? [{ text: l.t("reminderYes"), href: context.links.confirm }]
          : []),
        ...(context.links.cancel ? [{ text: l.t("reminderNo"), href: context.links.cancel }] : []),
      ];
      return {
        subject: l.t("reminderSubject", { event }),
        blocks: [
          { type: "heading", text: l.t("reminderHeading") },
          { type: "paragraph", text: l.t("reminderIntro", { event }) },
          details(context, l, all),
          ...visitDay(context, l),
          ...(answers.length > 0
            ? [
                { type: "paragraph" as const, text: l.t("reminderAsk") },
                { type: "links" as const, links: answers, buttons: true },
              ]
            : []),
        ],
      };
    }
    case "thank_you":
      return {
        subject: l.t("thankYouSubject", { event }),
        blocks: [
          { type: "heading", text: l.t("thankYouHeading") },
          { type: "paragraph", text: l.t("thankYouIntro", { event }) },
          ...(context.links.feedback
            ? [
                { type: "paragraph" as const, text: l.t("thankYouFeedbackAsk") },
                {
                  type: "links" as const,
                  links: [{ text: l.t("thankYouFeedback"), href: context.links.feedback }],
                  buttons: true,
                },
              ]
            : []),
        ],
      };
    case "digest":
      return digestBody(context, l);
    case "cook_received":
      return {
        subject: l.t("cookReceivedSubject", { event }),
        blocks: [
          { type: "heading", text: l.t("cookReceivedHeading") },
          { type: "paragraph", text: l.t("cookReceivedIntro", { event }) },
        ],
      };
    case "cook_decision": {
      const status = context.cook?.status ?? "approved";
      const [subjectKey, headingKey, introKey] = {
        approved: ["cookApprovedSubject", "cookApprovedHeading", "cookApprovedIntro"],
        waitlisted: ["cookWaitlistedSubject", "cookWaitlistedHeading", "cookWaitlistedIntro"],
        declined: ["cookDeclinedSubject", "cookDeclinedHeading", "cookDeclinedIntro"],
      }[status] as [MessageKey, MessageKey, MessageKey];
      return {
        subject: l.t(subjectKey, { event }),
        blocks: [
          { type: "heading", text: l.t(headingKey) },
          { type: "paragraph", text: l.t(introKey, { event }) },
          ...organiserWords(context, l),
        ],
      };
    }
    case "shift_message":
      return {
        subject: l.t("shiftMessageSubject", { event }),
        blocks: [
          { type: "heading", text: l.t("shiftMessageHeading") },
          { type: "paragraph", text: l.t("shiftMessageIntro", { event }) },
          ...organiserWords(context, l),
          details(context, l, { party: false, code: false }),
        ],
      };
    case "cook_stall": {
      const stall = context.cook?.stall ?? "";
      return {
        subject: l.t("cookStallSubject", { event, stall }),
        blocks: [
          { type: "heading", text: l.t("cookStallHeading", { stall }) },
          { type: "paragraph", text: l.t("cookStallIntro", { event, stall }) },
        ],
      };
    }
  }
}

function digestBody(context: MessageContext, l: Localizer): { subject: string; blocks: Block[] } {
  const digest = context.digest ?? { date: "", events: [], dashboardUrl: "" };
  const date = formatDay(digest.date, l.locale);
  const organisation = context.organisationName;
  const events: Block[] = digest.events.flatMap((event): Block[] => [
    { type: "heading", level: 2, text: event.title },
    {
      type: "list",
      items: [
        l.plural("digestNew", event.newSignUps),
        l.plural("digestConfirmed", event.confirmedPeople),
        l.plural("digestWaitlisted", event.waitlistedPeople),
      ],
    },
  ]);
  return {
    subject: l.t("digestSubject", { organisation, date }),
    blocks: [
      { type: "heading", text: l.t("digestHeading", { date }) },
      { type: "paragraph", text: l.t("digestIntro", { organisation, date }) },
      ...(events.length > 0 ? events : [{ type: "paragraph" as const, text: l.t("digestNone") }]),
      ...(digest.dashboardUrl
        ? [
            {
              type: "links" as const,
              links: [{ text: l.t("digestDashboard"), href: digest.dashboardUrl }],
              buttons: true,
            },
          ]
        : []),
    ],
  };
}

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
  const { subject, blocks } = body(context, l);
  const name = greetingName(context.recipientName);
  const personal = context.kind !== "digest";
  const afterwards = context.kind === "cancelled" || context.kind === "thank_you";
  const cook = context.kind.startsWith("cook_");
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
                text: l.t(cook ? "manageApplication" : afterwards ? "manageAfter" : "manage"),
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
