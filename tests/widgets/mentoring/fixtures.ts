import type { ManagedIntake, PublicSeason } from "../../../schema/contracts/mentoring.js";
import type { HearthMentoring } from "../../../widgets/mentoring/mentoring.js";
import { fill, query, waitFor } from "../helpers/shadow.js";

export const seasonPath = /^\/api\/v1\/orgs\/demo-city\/mentoring\/seasons\/mns_1$/;
export const intakePath = /^\/api\/v1\/orgs\/demo-city\/mentoring\/seasons\/mns_1\/people$/;
export const personPath = /^\/api\/v1\/mentoring\/people\/mnt_1$/;

/** A season as the API sends it: Estonian practised, learners from A2 to B1, two regions. */
export function seasonFixture(overrides: Partial<PublicSeason> = {}): PublicSeason {
  return {
    id: "mns_1",
    organisationSlug: "demo-city",
    name: "Keelesõber, kevad",
    nameLang: "et",
    practisedLanguage: "et",
    startsOn: "2031-03-01T00:00:00.000Z",
    endsOn: "2031-05-31T00:00:00.000Z",
    intakeClosesAt: "2031-02-20T21:59:00.000Z",
    intakeOpen: true,
    modes: ["online", "in_person"],
    regions: ["Tallinn", "Tartu"],
    learnerLevels: { min: "A2", max: "B1" },
    maxLearnersPerMentor: 3,
    timeZone: "Europe/Tallinn",
    retentionDays: 30,
    questions: [],
    ...overrides,
  };
}

export function personFixture(overrides: Partial<ManagedIntake> = {}): ManagedIntake {
  return {
    id: "mnt_1",
    seasonId: "mns_1",
    role: "learner",
    status: "active",
    firstName: "Olena",
    email: "olena@example.org",
    locale: "en",
    timeZone: "Europe/Tallinn",
    languages: [{ code: "uk", fluency: "native" }],
    level: "A2",
    availability: [
      { day: "mon", part: "evening" },
      { day: "sat", part: "morning" },
    ],
    modes: ["online"],
    region: null,
    interests: ["cooking", "books"],
    interestsOther: "",
    gender: null,
    age: null,
    wants: { gender: null, ageMin: null, ageMax: null },
    capacity: 0,
    answers: {},
    partners: [],
    season: seasonFixture(),
    ...overrides,
  };
}

/** Chooses a value in a select as a person would, so the change reaches the widget. */
export function choose(el: HearthMentoring, selector: string, value: string): void {
  const select = query<HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
}

export function tick(el: HearthMentoring, selector: string): void {
  query<HTMLInputElement>(el, selector).click();
}

/** Presses Next (or Send) and waits for the screen to settle. */
export async function next(el: HearthMentoring): Promise<void> {
  await el.updateComplete;
  query(el, ".next").click();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

/** The screen whose title is `title` (in English), once it is on screen. */
export async function onStep(el: HearthMentoring, title: string): Promise<void> {
  await waitFor(el, ".step-title");
  for (let tries = 0; tries < 100; tries++) {
    if (query(el, ".step-title").textContent?.includes(title)) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(
    `never reached the step "${title}"; on "${query(el, ".step-title").textContent}"`,
  );
}

/**
 * Answers every built-in screen after the role, as a learner at A2 who meets online or in Tartu,
 * waiting for each screen by its fields (so in any language), and leaves the wishes screen.
 */
export async function answerBuiltInSteps(el: HearthMentoring): Promise<void> {
  await waitFor(el, "#firstName");
  fill(el, "#firstName", "Olena");
  fill(el, "#email", "olena@example.org");
  await next(el);
  await waitFor(el, '[name="languages.0.code"]');
  choose(el, '[name="languages.0.code"]', "uk");
  choose(el, '[name="languages.0.fluency"]', "native");
  tick(el, '[name="level"][value="A2"]');
  await next(el);
  await waitFor(el, '[value="mon.evening"]');
  tick(el, '[value="mon.evening"]');
  tick(el, '[value="sat.morning"]');
  choose(el, "#timeZone", "Europe/Tallinn");
  await next(el);
  await waitFor(el, '[name="modes"]');
  tick(el, '[name="modes"][value="online"]');
  tick(el, '[name="modes"][value="in_person"]');
  await el.updateComplete;
  choose(el, "#region", "Tartu");
  await next(el);
  await waitFor(el, '[name="interests"]');
  tick(el, '[name="interests"][value="cooking"]');
  fill(el, "#interestsOther", "Chess");
  await next(el);
  await waitFor(el, '[name="age"]');
  await next(el);
}
