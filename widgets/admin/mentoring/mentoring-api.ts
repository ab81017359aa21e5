import type {
  AdminSeason,
  SeasonBody,
  SeasonReport,
  SeasonsResponse,
  WorkbenchResponse,
} from "../../../schema/contracts/admin/mentoring.js";
import { org, request } from "../admin-api.js";

// Language Friend seasons: set-up, the coordinator's workbench (solve, lock, ban, publish), report

const seasons = (slug: string) => `${org(slug)}/mentoring/seasons`;
const season = (slug: string, id: string) => `${seasons(slug)}/${encodeURIComponent(id)}`;

export const listSeasons = (slug: string, signal?: AbortSignal) =>
  request<SeasonsResponse>("GET", seasons(slug), undefined, { signal });

export const createSeason = (slug: string, body: SeasonBody) =>
  request<{ season: AdminSeason }>("POST", seasons(slug), body);

/** `body.version` is the season's `pairingVersion`; 409 `version_conflict` when it moved on. */
export const updateSeason = (slug: string, id: string, body: SeasonBody) =>
  request<{ season: AdminSeason }>("PUT", season(slug, id), body);

export const getWorkbench = (slug: string, id: string, signal?: AbortSignal) =>
  request<WorkbenchResponse>("GET", `${season(slug, id)}/workbench`, undefined, { signal });

/** Pairs everyone again, keeping locks and published pairs; 409 when the proposal moved on. */
export const solvePairs = (slug: string, id: string, pairingVersion: number) =>
  request<WorkbenchResponse>("POST", `${season(slug, id)}/solve`, { pairingVersion });

/** 422 with `fieldCodes.pair` (`lock_breaks_rule`, `params.rule`) when the pair may not be made. */
export const lockPair = (slug: string, id: string, mentorId: string, learnerId: string) =>
  request<WorkbenchResponse>("PUT", `${season(slug, id)}/locks`, { mentorId, learnerId });

export const unlockPair = (slug: string, id: string, learnerId: string) =>
  request<WorkbenchResponse>(
    "DELETE",
    `${season(slug, id)}/locks/${encodeURIComponent(learnerId)}`,
  );

export const banPair = (slug: string, id: string, mentorId: string, learnerId: string) =>
  request<WorkbenchResponse>("PUT", `${season(slug, id)}/bans`, { mentorId, learnerId });

export const unbanPair = (slug: string, id: string, mentorId: string, learnerId: string) =>
  request<WorkbenchResponse>(
    "DELETE",
    `${season(slug, id)}/bans/${encodeURIComponent(mentorId)}/${encodeURIComponent(learnerId)}`,
  );

/** Sends the introductions; idempotent (nobody is introduced twice), 409 for a stale proposal. */
export const publishPairs = (slug: string, id: string, pairingVersion: number) =>
  request<{ season: AdminSeason; introduced: number }>("POST", `${season(slug, id)}/publish`, {
    pairingVersion,
  });

/** A published pair ends early: both may be matched again by the next solve and publish. */
export const endPair = (slug: string, id: string, pairId: string) =>
  request<WorkbenchResponse>("POST", `${season(slug, id)}/pairs/${encodeURIComponent(pairId)}/end`);

export const getSeasonReport = (slug: string, id: string, signal?: AbortSignal) =>
  request<SeasonReport>("GET", `${season(slug, id)}/report`, undefined, { signal });
