import type { ManagedIntake, PublicSeason } from "../../schema/contracts/mentoring.js";
import type { MeetingMode } from "../../schema/rules/mentoring/pair-fit.js";
import type { LocaleText } from "../../schema/contracts/locale-text.js";
import { resolveText } from "../../i18n/content.js";
import { toPublicQuestion } from "../questions/public-question.js";
import type { PartnerRow, PersonRow } from "./people-queries.js";
import { answersStillAsked } from "./season-answers.js";
import type { SeasonRow } from "./season-queries.js";

const iso = (ms: number) => new Date(ms).toISOString();

/** A season as anyone may see it, its name in `locale` (or what it falls back to). */
export function toPublicSeason(season: SeasonRow, locale: string, now: number): PublicSeason {
  const text = (value: LocaleText) => resolveText(value, locale, season.defaultLocale);
  const name = text(season.name);
  return {
    id: season.id,
    organisationSlug: season.organisationSlug,
    name: name.text,
    nameLang: name.lang,
    practisedLanguage: season.practisedLanguage,
    startsOn: iso(season.startsOn),
    endsOn: iso(season.endsOn),
    intakeClosesAt: iso(season.intakeClosesAt),
    intakeOpen: now < season.intakeClosesAt,
    modes: season.modes,
    regions: season.regions,
    learnerLevels: { min: season.learnerLevelMin, max: season.learnerLevelMax },
    maxLearnersPerMentor: season.maxLearnersPerMentor,
    timeZone: season.timeZone,
    retentionDays: season.retentionDays,
    questions: season.questions.map((question) => toPublicQuestion(question, text)),
  };
}

/** A person's own view behind their manage link: their answers, their season, their partners. */
export function toManagedIntake(
  person: PersonRow,
  season: SeasonRow,
  partners: PartnerRow[],
  now: number,
): ManagedIntake {
  return {
    id: person.id,
    seasonId: person.seasonId,
    role: person.role,
    status: person.status,
    firstName: person.firstName,
    email: person.email,
    locale: person.locale,
    timeZone: person.timeZone,
    languages: person.languages,
    level: person.level,
    availability: person.availability,
    modes: person.modes,
    region: person.region,
    interests: person.interests,
    interestsOther: person.interestsOther,
    gender: person.gender,
    age: person.age,
    wants: person.wants,
    capacity: person.capacity,
    answers: answersStillAsked(season.questions, person.role, person.answers),
    partners: partners.map((partner) => {
      const both =
        partner.contact === "email" || (partner.youShared === 1 && partner.theyShared === 1);
      return {
        pairId: partner.pairId,
        firstName: partner.firstName,
        modes: (JSON.parse(partner.modes) as MeetingMode[]).filter(
          (mode) =>
            person.modes.includes(mode) &&
            (mode !== "in_person" || partner.region === person.region),
        ),
        email: both ? partner.email : null,
        youShared: partner.youShared === 1,
        theyShared: partner.theyShared === 1,
      };
    }),
    season: toPublicSeason(season, person.locale, now),
  };
}

/** The link a person keeps; the token is in the fragment, so it never reaches server logs. */
export function intakeManageUrl(origin: string, personId: string, token: string): string {
  return `${origin}/mentoring/?person=${encodeURIComponent(personId)}#token=${token}`;
}
