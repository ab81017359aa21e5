import type { EventKind } from "../../schema/contracts/events.js";
import type { MessageKey } from "../messages/i18n/messages.js";

/** Query parameters an embed passes on to its widget as attributes (each checked first). */
export type WidgetFilter = "kind" | "region" | "as";

/** A widget an iframe embed shows, and what its address must name. */
export interface EmbeddableWidget {
  /** The path below `/embed/:org/`. */
  path: string;
  tag:
    | "hearth-events"
    | "hearth-signup"
    | "hearth-visits"
    | "hearth-festival"
    | "hearth-cook-apply"
    | "hearth-volunteer"
    | "hearth-mentoring";
  /** The attribute that carries the event in the path (`:eventId`), when the path names one. */
  eventAttribute?: "event" | "festival";
  /** The path names a mentoring season (`:seasonId`), passed as `season`. */
  season?: true;
  /** The only kind of event the widget shows; any published event when absent. */
  eventKind?: EventKind;
  filters: readonly WidgetFilter[];
  /**
   * The page's title, with `{organisation}` and `{event}`; without one, the event's own title.
   * It names the frame for people using screen readers, so it says what the widget is for.
   */
  title?: MessageKey;
  /** The iframe's height in CSS pixels before (or without) the host's height snippet. */
  height: number;
}

/** Every iframe embed, as `/embed/:org/<path>` (README "Embedding without a script tag"). */
export const embeddableWidgets: readonly EmbeddableWidget[] = [
  {
    path: "events",
    tag: "hearth-events",
    filters: ["kind", "region"],
    title: "embedEventsTitle",
    height: 720,
  },
  // One event opens on its sign-up form, as the list does when someone chooses the event.
  {
    path: "events/:eventId",
    tag: "hearth-signup",
    eventAttribute: "event",
    filters: [],
    height: 640,
  },
  {
    path: "visits",
    tag: "hearth-visits",
    filters: ["region"],
    title: "embedVisitsTitle",
    height: 720,
  },
  {
    path: "festival/:eventId",
    tag: "hearth-festival",
    eventAttribute: "festival",
    eventKind: "festival",
    filters: [],
    height: 900,
  },
  {
    path: "cook/:eventId",
    tag: "hearth-cook-apply",
    eventAttribute: "festival",
    eventKind: "festival",
    filters: [],
    title: "embedCookTitle",
    height: 800,
  },
  {
    path: "volunteer",
    tag: "hearth-volunteer",
    filters: [],
    title: "embedVolunteerTitle",
    height: 720,
  },
  {
    path: "volunteer/:eventId",
    tag: "hearth-volunteer",
    eventAttribute: "event",
    filters: [],
    title: "embedVolunteerTitle",
    height: 720,
  },
  // A Language Friend season's intake; `?as=mentor` or `?as=learner` skips the role question.
  {
    path: "mentoring/:seasonId",
    tag: "hearth-mentoring",
    season: true,
    filters: ["as"],
    title: "embedMentoringTitle",
    height: 900,
  },
];

/** The widget one event's embed shows: its sign-up (what oEmbed answers for an event page). */
export const eventWidget = embeddableWidgets.find((widget) => widget.path === "events/:eventId")!;

/** The events list's embed (what oEmbed answers for a list page). */
export const listWidget = embeddableWidgets.find((widget) => widget.path === "events")!;
