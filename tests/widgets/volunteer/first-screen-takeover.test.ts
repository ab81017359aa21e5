import { expect, waitUntil } from "@open-wc/testing";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { show } from "../../../widgets/volunteer/first-screen-show.js";
import { HearthVolunteer } from "../../../widgets/volunteer/volunteer.js";
import { renderVolunteerFirstScreen } from "../../../worker/embed/volunteer-first-screen.js";
import {
  renderVolunteerRefusal,
  renderVolunteerSignedUp,
} from "../../../worker/embed/volunteer-first-screen-answer.js";
import type { Reply } from "../helpers/fetch-stub.js";
import { FetchStub, holdFetch, html, ok } from "../helpers/fetch-stub.js";
import { roleFixture, shiftsFixture, volunteerFixture } from "../helpers/fixtures.js";
import { pageWordsFor } from "../helpers/page-words.js";
import { query, shadow } from "../helpers/shadow.js";

setApiOrigin("https://hearth.test");

const words = pageWordsFor("en");
const shiftsPath = /^\/api\/v1\/orgs\/demo-city\/shifts$/;
const firstScreenPath = /^\/api\/v1\/orgs\/demo-city\/shifts\/first-screen$/;
/** A role that asks nothing of its volunteers: its shifts send from the first screen. */
const data = shiftsFixture({
  roles: [roleFixture({ requirements: [] })],
  shifts: shiftsFixture().shifts.filter((shift) => shift.roleId === "role_kitchen"),
});
const read = {
  url: "https://hearth.test/api/v1/orgs/demo-city/shifts/first-screen?tz=UTC&lang=en",
  fresh: false,
  response: Promise.resolve(
    new Response(
      renderVolunteerFirstScreen(data, {
        words,
        readerZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      }),
    ),
  ),
};

/** What the reader sees and where, in the outcome and the form. */
const layout = (root: ParentNode) =>
  [...root.querySelectorAll("h2, h3, p, a, label, input, button")].map((node) => {
    const box = node.getBoundingClientRect();
    const text = node.textContent?.replace(/\s+/g, " ").trim() ?? "";
    return `${node.localName} ${Math.round(box.top)} ${Math.round(box.height)} ${text}`;
  });

let mounted = 0;

describe("<hearth-volunteer> taking over a first screen that sent itself", () => {
  let stub: FetchStub;
  let element: HearthVolunteer | undefined;
  let release: () => void;

  /** As embed.js leaves it: the worker's form shown, the widget's reads held back. */
  async function mountOnFirstScreen(answer: Reply) {
    stub = new FetchStub()
      .on("GET", shiftsPath, ok(data))
      .on("POST", firstScreenPath, answer)
      .install();
    release = holdFetch((url) => !url.includes("/first-screen"));
    const tag = `hearth-volunteer-sent-${++mounted}`;
    const widget = document.createElement(tag) as HearthVolunteer;
    widget.setAttribute("org", "demo-city");
    widget.setAttribute("lang", "en");
    document.body.append(widget);
    await show(widget, "en", [{ ...read, response: read.response.then((r) => r.clone()) }]);
    const screen = widget.shadowRoot!.firstElementChild as HTMLElement;
    customElements.define(tag, class extends HearthVolunteer {});
    element = widget;
    screen.querySelector<HTMLInputElement>('[name="shiftIds"][value="shift_1"]')!.click();
    screen.querySelector<HTMLInputElement>("#name")!.value = "Sam";
    screen.querySelector<HTMLInputElement>("#consent")!.click();
    screen.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    return { el: widget, screen };
  }

  afterEach(() => {
    stub.restore();
    element?.remove();
  });

  it("draws the volunteer the worker signed up as its own, in the same place", async () => {
    const signedUp = {
      volunteer: volunteerFixture(),
      manageUrl: "https://hearth.test/volunteer/?volunteer=vol_1#token=secret",
    };
    const { el, screen } = await mountOnFirstScreen(
      html(renderVolunteerSignedUp(signedUp, words), 201),
    );
    const heard: unknown[] = [];
    el.addEventListener("hearth-volunteered", (event) => heard.push((event as CustomEvent).detail));
    await waitUntil(() => screen.querySelector("#result-title"), "the worker's signed-up screen");
    const sent = stub.calls.find((call) => call.method === "POST")!.body as URLSearchParams;
    expect(sent.getAll("shiftIds")).to.deep.equal(["shift_1"]);
    const before = layout(screen.querySelector('[role="status"]')!);
    expect(before.join(" ")).to.include(words.t("volunteerFeed"));
    release();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    expect(layout(query(el, '[role="status"]'))).to.deep.equal(before);
    expect(shadow(el).activeElement?.id).to.equal("result-title");
    expect(heard).to.deep.equal([{ volunteer: signedUp.volunteer }]);
    expect(stub.calls.filter((call) => call.method === "POST")).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it("shows a refusal beside the shift and the field it names, then as its own", async () => {
    const error = {
      code: "validation_failed" as const,
      message: "Fix.",
      fields: { name: "", "shiftIds.0": "" },
      fieldCodes: { "shiftIds.0": { code: "invalid" as const } },
    };
    const [shift] = data.shifts;
    const refusal = renderVolunteerRefusal({ status: 422, error }, [shift!], words, "");
    const { el, screen } = await mountOnFirstScreen(html(refusal, 422));
    await waitUntil(() => screen.querySelector("#name-error"), "the worker's refusal");
    const onShift = screen.querySelector('[value="shift_1"]')!.closest("li")!;
    expect(onShift.querySelector(".error")!.textContent).to.equal(words.t("volunteerErrorShift"));
    release();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    await waitUntil(() => shadow(el).querySelector("#name-error"), "the widget's own errors");
    expect(query(el, "#name-error").textContent?.trim()).to.equal(words.t("errorName"));
    expect(query(el, "#shift-shift_1-error").textContent?.trim()).to.equal(
      words.t("volunteerErrorShift"),
    );
    expect(query(el, '[name="shiftIds"][value="shift_1"]').getAttribute("aria-invalid")).to.equal(
      "true",
    );
    expect(stub.calls.filter((call) => call.method === "POST")).to.have.length(1);
  });
});
