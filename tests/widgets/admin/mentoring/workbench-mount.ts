import { fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminMentoringWorkbench } from "../../../../widgets/admin/mentoring/workbench-page.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { adminApi } from "../helpers/admin.js";
import { demoOrg } from "../helpers/fixtures.js";
import { deepQuery } from "../network/network-fixtures.js";
import { reportFixture, workbenchFixture } from "./mentoring-fixtures.js";

export const seasonApi = (path = "") => adminApi(`/orgs/demo/mentoring/seasons/sea_1${path}`);

/** The workbench of Demo City's spring season, with the report beside it. */
export async function mountWorkbench(
  lang: string,
  role: string,
  workbench: Reply[] = [ok(workbenchFixture())],
  stub = new FetchStub(),
) {
  stub
    .on("GET", seasonApi("/workbench"), ...workbench)
    .on("GET", seasonApi("/report"), ok(reportFixture()))
    .install();
  const el = await fixture<HearthAdminMentoringWorkbench>(
    html`<hearth-admin-mentoring-workbench
      lang=${lang}
      org="demo"
      member-role=${role}
      season-id="sea_1"
      .organisation=${demoOrg}
    ></hearth-admin-mentoring-workbench>`,
  );
  await waitUntil(() => deepQuery(el, "#pair-pair_1"), "the pairs");
  await waitUntil(() => deepQuery(el, "table.report"), "the report");
  return { el, stub };
}
