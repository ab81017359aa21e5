import { createSeason, intakeBody, signedUp } from "../mentoring/mentoring-helpers.js";
import { env } from "cloudflare:test";
import type { SignUpResponse } from "../../../schema/contracts/registrations.js";
import { completeApplication, createFestival, startApplication } from "../festival-helpers.js";
import { day, postSignUp, signUpBody, tokenOf } from "../helpers.js";
import { createVisit } from "../visit-helpers.js";
import { createShifts, signUpVolunteer, volunteerBody } from "../volunteer-helpers.js";

/** Values only a person gave (or was given): none may survive retention or erasure. */
export function personalMarkers() {
  const tag = crypto.randomUUID().slice(0, 8);
  const marker = (what: string) => `${what}${tag}`;
  return {
    groupName: marker("Groupname"),
    groupEmail: `group-${tag}@example.org`,
    groupPhone: `+372555${tag.replace(/\D/g, "1").slice(0, 4)}`,
    offer: marker("Hostoffer"),
    hostName: marker("Hostname"),
    interpreterName: marker("Interpretername"),
    comment: marker("Feedbackcomment"),
    organiserMessage: marker("Organisermessage"),
    hoursReason: marker("Hoursreason"),
    questionAnswer: marker("Questionanswer"),
    cookName: marker("Cookname"),
    cookEmail: `cook-${tag}@example.org`,
    cookPhone: `+372556${tag.replace(/\D/g, "2").slice(0, 4)}`,
    story: marker("Cookstory"),
    cuisine: marker("Cuisine"),
    dish: marker("Dishname"),
    dishDescription: marker("Dishwords"),
    organiserNote: marker("Organisernote"),
    ledgerNote: marker("Ledgernote"),
    volunteerName: marker("Volunteername"),
    volunteerEmail: `volunteer-${tag}@example.org`,
    volunteerPhone: `+372557${tag.replace(/\D/g, "3").slice(0, 4)}`,
    rawMail: marker("Rawmail"),
    mentorName: marker("Mentorname"),
    mentorEmail: `mentor-${tag}@example.org`,
    mentorWords: marker("Mentorwords"),
    checkInComment: marker("Checkincomment"),
  };
}

export type Markers = ReturnType<typeof personalMarkers>;

async function addMessage(
  organisationId: string,
  link: { registrationId?: string; applicationId?: string },
  markers: Markers,
  recipient: string,
) {
  const id = `msg_${crypto.randomUUID().slice(0, 8)}`;
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO outbox (id, organisation_id, kind, registration_id, application_id, payload, status,
                           next_attempt_at, created_at, last_error)
       VALUES (?1, ?2, 'event_changed', ?3, ?4, ?5, 'failed', 0, ?6, ?7)`,
    ).bind(
      id,
      organisationId,
      link.registrationId ?? null,
      link.applicationId ?? null,
      JSON.stringify({ message: markers.organiserMessage }),
      Date.now(),
      `550 no such user ${recipient}`,
    ),
    env.DB.prepare(
      `INSERT INTO dev_mailbox (id, outbox_id, recipient, subject, raw, created_at)
       VALUES (?1, ?2, ?3, 'Your sign-up', ?4, ?5)`,
    ).bind(`dev_${id}`, id, recipient, `Hello ${markers.rawMail}`, Date.now()),
  ]);
}

/** A visit group with every answer, a host and an interpreter, with feedback and messages. */
export async function seedVisit(markers: Markers) {
  const visit = await createVisit({ capacity: 10, waitlistCapacity: 5 });
  const signUp = async (body: Parameters<typeof signUpBody>[1] & { slotId: string }) => {
    const response = await postSignUp(
      visit.organisation.slug,
      visit.event.id,
      signUpBody(body.slotId, body),
    );
    if (response.status !== 201) throw new Error(`sign-up failed: ${await response.text()}`);
    return (await response.json<SignUpResponse>()).registration;
  };
  // An organiser's own question for the groups, answered with something personal.
  await env.DB.prepare(
    `INSERT INTO event_questions (id, organisation_id, event_id, position, kind, label, required, sensitive, audience)
     VALUES (?1, ?2, ?3, 0, 'long_text', '{"en":"Anything we should know?"}', 0, 1, 'visitor')`,
  )
    .bind(`qst_${visit.event.id}`, visit.organisation.id, visit.event.id)
    .run();
  const group = await signUp({
    slotId: visit.visitorSlot.id,
    answers: { [`qst_${visit.event.id}`]: markers.questionAnswer },
    name: markers.groupName,
    email: markers.groupEmail,
    phone: markers.groupPhone,
    adults: 3,
    languages: ["prs", "uk"],
    pickupPointId: visit.pickups[1]!,
    wheelchairPlaces: 2,
    needs: { accessibility: "wheelchair", dietary: "halal" },
  });
  const host = await signUp({
    slotId: visit.hostSlot.id,
    name: markers.hostName,
    offer: markers.offer,
  });
  const interpreter = await signUp({
    slotId: visit.interpreterSlot.id,
    name: markers.interpreterName,
    languages: ["prs", "et"],
  });
  await env.DB.batch([
    env.DB.prepare(
      `UPDATE registrations SET checked_in_at = ?2, attendance_confirmed_at = ?2, hours_reason = ?3
        WHERE id = ?1`,
    ).bind(group.id, Date.now(), markers.hoursReason),
    env.DB.prepare(
      `INSERT INTO visit_feedback (id, organisation_id, event_id, registration_id, audience, score, comment, created_at)
       VALUES (?1, ?2, ?3, ?4, 'visitor', 4, ?5, ?6)`,
    ).bind(
      `fbk_${group.id}`,
      visit.organisation.id,
      visit.event.id,
      group.id,
      markers.comment,
      Date.now(),
    ),
  ]);
  await addMessage(
    visit.organisation.id,
    { registrationId: group.id },
    markers,
    markers.groupEmail,
  );
  return {
    ...visit,
    group: { ...group, token: tokenOf(group.manageUrl) },
    host,
    interpreter,
  };
}

/** A cook with dishes, a story, an organiser's note, a ledger line and a message. */
export async function seedCook(markers: Markers) {
  const festival = await createFestival();
  const started = await startApplication(
    festival.organisation.slug,
    festival.event.id,
    completeApplication({
      displayName: markers.cookName,
      email: markers.cookEmail,
      phone: markers.cookPhone,
      story: markers.story,
      cuisine: markers.cuisine,
      dishes: [
        {
          name: markers.dish,
          description: markers.dishDescription,
          priceCents: 450,
          allergens: [],
          allergensNone: true,
          dietLabels: ["vegan"],
        },
      ],
    }),
  );
  if (!started.application) throw new Error(`application failed: ${await started.response.text()}`);
  const submitted = await started.as("/submit", { method: "POST" });
  if (submitted.status !== 200) throw new Error(`submit failed: ${await submitted.text()}`);
  const applicationId = started.application.id;
  await env.DB.batch([
    env.DB.prepare(
      `UPDATE cook_applications SET organiser_note = ?2, organiser_message = ?3 WHERE id = ?1`,
    ).bind(applicationId, markers.organiserNote, JSON.stringify({ en: markers.organiserMessage })),
    env.DB.prepare(
      `INSERT INTO ledger_entries (id, organisation_id, event_id, application_id, kind, amount_cents, note, created_at)
       VALUES (?1, ?2, ?3, ?4, 'ingredients', 2500, ?5, ?6)`,
    ).bind(
      `led_${applicationId}`,
      festival.organisation.id,
      festival.event.id,
      applicationId,
      markers.ledgerNote,
      Date.now(),
    ),
  ]);
  await addMessage(festival.organisation.id, { applicationId }, markers, markers.cookEmail);
  return { ...festival, applicationId, as: started.as };
}

/** A volunteer with declarations (age included) on two shifts. */
export async function seedVolunteer(markers: Markers) {
  const shifts = await createShifts();
  const signed = await signUpVolunteer(
    shifts.organisation.slug,
    volunteerBody([shifts.morning.id, shifts.drive.id], {
      name: markers.volunteerName,
      email: markers.volunteerEmail,
      phone: markers.volunteerPhone,
      declarations: { foodHygiene: true, drivingLicence: true, age: 47 },
    }),
  );
  if (!signed.volunteer) throw new Error(`volunteer failed: ${await signed.response.text()}`);
  const [shift] = (
    await env.DB.prepare(`SELECT id FROM registrations WHERE volunteer_id = ?1 LIMIT 1`)
      .bind(signed.volunteer.id)
      .all<{ id: string }>()
  ).results;
  await env.DB.prepare(
    `UPDATE registrations SET checked_in_at = ?2, hours_reason = ?3 WHERE id = ?1`,
  )
    .bind(shift!.id, Date.now(), markers.hoursReason)
    .run();
  await addMessage(
    shifts.organisation.id,
    { registrationId: shift!.id },
    markers,
    markers.volunteerEmail,
  );
  return { ...shifts, volunteerId: signed.volunteer.id, token: signed.token };
}

/** Every value of `markers` found in any row of any table, as `table: value`. */
/** A Language Friend mentor with free words, in a published pair with a check-in comment. */
export async function seedMentoring(markers: Markers) {
  const { organisation, season } = await createSeason();
  const mentor = await signedUp(
    organisation.slug,
    season.id,
    intakeBody({
      role: "mentor",
      level: "C2",
      capacity: 1,
      firstName: markers.mentorName,
      email: markers.mentorEmail,
      interestsOther: markers.mentorWords,
    }),
  );
  const learner = await signedUp(organisation.slug, season.id, intakeBody());
  const pairId = `mpr_${crypto.randomUUID().slice(0, 8)}`;
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO mentoring_pairs (id, season_id, mentor_id, learner_id, state, locked, score, reasons, published_at, created_at)
       VALUES (?1, ?2, ?3, ?4, 'published', 1, 80, '[]', ?5, ?5)`,
    ).bind(pairId, season.id, mentor.person.id, learner.person.id, Date.now()),
    env.DB.prepare(
      `INSERT INTO mentoring_check_ins (pair_id, person_id, score, comment, created_at) VALUES (?1, ?2, 4, ?3, ?4)`,
    ).bind(pairId, mentor.person.id, markers.checkInComment, Date.now()),
  ]);
}

export async function personalValuesLeft(markers: Markers): Promise<string[]> {
  const { results: tables } = await env.DB.prepare(
    `SELECT name FROM sqlite_master
      WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'`,
  ).all<{ name: string }>();
  const found: string[] = [];
  for (const { name } of tables) {
    const { results: rows } = await env.DB.prepare(`SELECT * FROM "${name}"`).all();
    const text = JSON.stringify(rows);
    for (const value of Object.values(markers)) {
      if (text.includes(value)) found.push(`${name}: ${value}`);
    }
  }
  return found;
}

export const afterRetention = () => Date.now() + 400 * day;
