import type { LocaleText } from "../../../schema/contracts/locale-text.js";
import type {
  AdminEventListResponse,
  AdminEventResponse,
  EventInput,
} from "../../../schema/contracts/admin/events.js";
import type { QuestionInput, QuestionsResponse } from "../../../schema/contracts/questions.js";
import type {
  AdminSeriesResponse,
  CreateSeriesBody,
  EditScope,
} from "../../../schema/contracts/series.js";
import { event, org, query, request } from "../admin-api.js";

// Events: the list, one event, and its changes from draft to published or cancelled

/** One page of coming events (soonest first) or past ones (latest first). */
export const listAdminEvents = (
  slug: string,
  page: { when: "upcoming" | "past"; cursor?: string | null },
  signal?: AbortSignal,
) => {
  const query = new URLSearchParams({ when: page.when });
  if (page.cursor) query.set("cursor", page.cursor);
  return request<AdminEventListResponse>("GET", `${org(slug)}/events?${query}`, undefined, {
    signal,
  });
};

export const getAdminEvent = (slug: string, id: string, signal?: AbortSignal) =>
  request<AdminEventResponse>("GET", event(slug, id), undefined, { signal });

export const createEvent = (slug: string, input: EventInput) =>
  request<AdminEventResponse>("POST", `${org(slug)}/events`, input);

/** `scope`: for a date in a series, which of its dates the change applies to. */
export const updateEvent = (slug: string, id: string, input: EventInput, scope?: EditScope) =>
  request<AdminEventResponse>("PUT", `${event(slug, id)}${query({ scope })}`, input);

export const duplicateEvent = (slug: string, id: string) =>
  request<AdminEventResponse>("POST", `${event(slug, id)}/duplicate`);

export const publishEvent = (slug: string, id: string, version: number) =>
  request<AdminEventResponse>("POST", `${event(slug, id)}/publish`, { version });

/** `message`: the organiser's words per language; each person gets theirs. */
export const cancelEvent = (slug: string, id: string, message: LocaleText, version: number) =>
  request<AdminEventResponse>("POST", `${event(slug, id)}/cancel`, { message, version });

/** The organisers' own questions on the event's sign-up form, in order. */
export const getQuestions = (slug: string, id: string, signal?: AbortSignal) =>
  request<QuestionsResponse>("GET", `${event(slug, id)}/questions`, undefined, { signal });

/** Replaces the whole list: kept questions and choices carry their ids, new ones none. */
export const saveQuestions = (slug: string, id: string, questions: QuestionInput[]) =>
  request<QuestionsResponse>("PUT", `${event(slug, id)}/questions`, { questions });

// Series: a saved event made the first of repeating dates, and a series read with its dates

export const createSeries = (slug: string, id: string, body: CreateSeriesBody) =>
  request<AdminSeriesResponse>("POST", `${event(slug, id)}/series`, body);

export const getSeries = (slug: string, id: string, signal?: AbortSignal) =>
  request<AdminSeriesResponse>("GET", `${org(slug)}/series/${encodeURIComponent(id)}`, undefined, {
    signal,
  });
