import { fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminSeasonForm } from "../../../../widgets/admin/mentoring/season-form.js";
import type { FetchStub } from "../../helpers/fetch-stub.js";
import { shadow } from "../../helpers/shadow.js";
import { demoOrg } from "../helpers/fixtures.js";

/** The season form of Demo (new with `seasonId` ""), for an organiser, once it shows. */
export async function mountForm(lang: string, seasonId: string, stub: FetchStub) {
  stub.install();
  const el = await fixture<HearthAdminSeasonForm>(
    html`<hearth-admin-season-form
      lang=${lang}
      org="demo"
      member-role="organiser"
      season-id=${seasonId}
      .organisation=${demoOrg}
    ></hearth-admin-season-form>`,
  );
  await waitUntil(() => shadow(el).querySelector("form"), "the form");
  return el;
}

/** The form's control named by its server path (`name.en`, `questions.0.kind`). */
export const control = <T extends HTMLElement = HTMLInputElement>(el: Element, name: string) => {
  const found = shadow(el).querySelector<T>(`[name="${name}"]`);
  if (!found) throw new Error(`No control ${name}`);
  return found;
};
