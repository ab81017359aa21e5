import type { Block } from "./blocks.js";
import { formatDay, formatMoment } from "./format.js";
import type { Localizer } from "./localize.js";
import type { MessageKey } from "./i18n/messages.js";
import { calendarLink, details, organiserWords } from "./message-details.js";
import type { MessageContext } from "./types.js";
import { visitDay } from "./visit-details.js";
import { mentoringBody } from "./mentoring-body.js";

/** When an offer's place is held until, in the event's time zone and the reader's words. */
function offerDeadline(context: MessageContext, l: Localizer): string {
  const at = context.offerExpiresAt ?? context.event.startsAt;
  return formatMoment(at, context.event.timeZone, l.locale);
}

/** A sign-up for every date of a series: the other dates, each linking to its own manage page. */
function seriesDates(context: MessageContext, l: Localizer): Block[] {
  if (!context.seriesDates?.length) return [];
  return [
    { type: "paragraph", text: l.t("seriesAlsoBooked") },
    {
      type: "links",
      links: context.seriesDates.map((date) => ({
        text: formatMoment(date.startsAt, context.event.timeZone, l.locale),
        href: date.manage,
      })),
    },
  ];
}

/** The subject and the words between the greeting and the manage link, per kind. */
export function messageBody(
  context: MessageContext,
  l: Localizer,
): { subject: string; blocks: Block[] } {
  const event = context.event.title;
  const all = { party: true, code: true };
  switch (context.kind) {
    case "confirmed":
      return {
        subject: l.t(context.changed ? "bookingChangedSubject" : "confirmedSubject", { event }),
        blocks: [
          { type: "heading", text: l.t("confirmedHeading") },
          {
            type: "paragraph",
            text: l.t(context.changed ? "bookingChangedIntro" : "confirmedIntro", { event }),
          },
          details(context, l, all),
          ...seriesDates(context, l),
          ...visitDay(context, l),
          calendarLink(context, l),
          { type: "paragraph", text: l.t("cantCome") },
        ],
      };
    case "waitlisted":
      return {
        subject: l.t(context.changed ? "bookingChangedSubject" : "waitlistedSubject", { event }),
        blocks: [
          { type: "heading", text: l.t("waitlistedHeading") },
          {
            type: "paragraph",
            text: l.t(context.changed ? "bookingChangedIntro" : "waitlistedIntro", { event }),
          },
          ...(context.position !== null
            ? [
                {
                  type: "paragraph" as const,
                  text: l.t("waitlistedPosition", { position: context.position }),
                },
              ]
            : []),
          {
            type: "paragraph",
            text: l.t(context.waitlistOfferHours ? "waitlistedNextOffer" : "waitlistedNext"),
          },
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
    case "offered": {
      const deadline = offerDeadline(context, l);
      const answers = [
        ...(context.links.accept
          ? [{ text: l.t("offeredAccept"), href: context.links.accept }]
          : []),
        ...(context.links.decline
          ? [{ text: l.t("offeredDecline"), href: context.links.decline }]
          : []),
      ];
      return {
        subject: l.t("offeredSubject", { event }),
        blocks: [
          { type: "heading", text: l.t("offeredHeading") },
          { type: "paragraph", text: l.t("offeredIntro", { event, deadline }) },
          details(context, l, { party: true, code: false }),
          ...(answers.length > 0
            ? [
                { type: "paragraph" as const, text: l.t("offeredAsk") },
                { type: "links" as const, links: answers, buttons: true },
              ]
            : []),
          { type: "paragraph", text: l.t("offeredNoAnswer") },
        ],
      };
    }
    case "offer_expired":
      return {
        subject: l.t("offerExpiredSubject", { event }),
        blocks: [
          { type: "heading", text: l.t("offerExpiredHeading") },
          {
            type: "paragraph",
            text: l.t("offerExpiredIntro", { event, deadline: offerDeadline(context, l) }),
          },
          details(context, l, { party: false, code: false }),
          { type: "paragraph", text: l.t("offerExpiredAgain") },
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
    case "mentoring_received":
    case "mentoring_introduction":
    case "mentoring_check_in":
    case "mentoring_relay":
      return mentoringBody(context, l);
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

/** The organisers' daily digest: per event, the new sign-ups and who is coming. */
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
