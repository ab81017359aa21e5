import { displayLanguage } from "../../i18n/format.js";
import type { Block, DetailRow } from "./blocks.js";
import { formatTime } from "./format.js";
import type { Localizer } from "./localize.js";
import type { MessageContext, MessageVisit } from "./types.js";

/**
 * A visit's own rows, per kind of sign-up: a group is told where and when the bus picks them up;
 * a host their stop and time, who is coming and what they offered; an interpreter their languages
 * and where the day starts.
 */
export function visitRows(visit: MessageVisit, context: MessageContext, l: Localizer): DetailRow[] {
  const time = (at: number) => formatTime(at, context.event.timeZone, l.locale);
  const languages = (codes: string[]) =>
    l.list(codes.map((code) => displayLanguage(l.locale, code)));
  const rows: DetailRow[] = [];
  if (visit.audience === "visitor" && visit.pickup) {
    rows.push({
      label: l.t("visitPickup"),
      value: l.t("visitPickupAt", { place: visit.pickup.place, time: time(visit.pickup.at) }),
    });
  }
  if (visit.audience === "host") {
    if (visit.stop) {
      rows.push({
        label: l.t("visitYourStop"),
        value: l.t("visitStopAt", { place: visit.stop.place, time: time(visit.stop.at) }),
      });
    }
    rows.push({
      label: l.t("visitGroup"),
      value: l.plural("visitGroupPeople", visit.groups.people),
    });
    if (visit.groups.languages.length > 0) {
      rows.push({ label: l.t("visitGroupLanguages"), value: languages(visit.groups.languages) });
    }
    if (visit.offer) rows.push({ label: l.t("visitYourOffer"), value: visit.offer });
  }
  if (visit.audience === "interpreter") {
    if (visit.languages.length > 0) {
      rows.push({ label: l.t("visitYourLanguages"), value: languages(visit.languages) });
    }
    if (visit.meetingPoint) {
      rows.push({
        label: l.t("visitMeetingPoint"),
        value: l.t("visitPickupAt", {
          place: visit.meetingPoint.place,
          time: time(visit.meetingPoint.at),
        }),
      });
    }
  }
  return rows;
}

/** The day's outline, stop by stop, for everyone on a visit. */
export function visitDay(context: MessageContext, l: Localizer): Block[] {
  const outline = context.visit?.outline ?? [];
  if (outline.length === 0) return [];
  const time = (at: number) => formatTime(at, context.event.timeZone, l.locale);
  return [
    { type: "heading", text: l.t("visitTheDay"), level: 2 },
    { type: "list", items: outline.map((stop) => `${time(stop.at)} ${stop.place}`) },
  ];
}
