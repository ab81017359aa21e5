import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { eraseEndedSeasons } from "../../../worker/jobs/erase-ended-seasons.js";
import { day } from "../helpers.js";
import { createSeason, intakeBody, signedUp } from "./mentoring-helpers.js";

describe("retention of Language Friend seasons", () => {
  it("erases everyone of a season once it ended and its retention days passed, and only then", async () => {
    const ended = await createSeason();
    const running = await createSeason();
    const olena = await signedUp(
      ended.organisation.slug,
      ended.season.id,
      intakeBody({ firstName: "Olena" }),
    );
    const taras = await signedUp(
      running.organisation.slug,
      running.season.id,
      intakeBody({ firstName: "Taras" }),
    );
    // The first season ended 31 days ago; its organisation keeps data 30 days.
    await env.DB.prepare(`UPDATE mentoring_seasons SET ends_on = ?2 WHERE id = ?1`)
      .bind(ended.season.id, Date.now() - 31 * day)
      .run();
    await eraseEndedSeasons(env.DB, Date.now());
    const person = (id: string) =>
      env.DB.prepare(`SELECT first_name, email, erased_at FROM mentoring_people WHERE id = ?1`)
        .bind(id)
        .first<{ first_name: string; email: string | null; erased_at: number | null }>();
    expect(await person(olena.person.id)).toMatchObject({ first_name: "", email: null });
    expect((await person(olena.person.id))?.erased_at).not.toBeNull();
    expect(await person(taras.person.id)).toMatchObject({ first_name: "Taras", erased_at: null });
    const marked = await env.DB.prepare(
      `SELECT id FROM mentoring_seasons WHERE people_erased_at IS NOT NULL AND id IN (?1, ?2)`,
    )
      .bind(ended.season.id, running.season.id)
      .all<{ id: string }>();
    expect(marked.results).toEqual([{ id: ended.season.id }]);
  });
});
