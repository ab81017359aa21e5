import { expect, waitUntil } from "@open-wc/testing";
import { renderRefusal, renderSignedUp } from "../../../worker/embed/signup-first-screen-answer.js";
import {
  renderVisitHostFirstScreen,
  renderVisitInterpreterFirstScreen,
} from "../../../worker/embed/visit-helper-first-screens.js";
import { visitFormProblems } from "../../../worker/embed/visit-form-parts.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { HearthVisitHostForm } from "../../../widgets/visits/visit-host-form.js";
import { HearthVisitInterpreterForm } from "../../../widgets/visits/visit-interpreter-form.js";
import type { HearthVisitForm } from "../../../widgets/visits/visit-form.js";
import type { FetchStub } from "../helpers/fetch-stub.js";
import { html } from "../helpers/fetch-stub.js";
import { pageWordsFor } from "../helpers/page-words.js";
import { signUpFixture } from "../helpers/fixtures.js";
import { query, shadow } from "../helpers/shadow.js";
import { controls, layout, mountWayForm, unmountWayForm, visit } from "./way-form-takeover.js";

setApiOrigin("https://hearth.test");

const words = pageWordsFor("ar");
const detail = {
  event: visit,
  defaultLocale: "en",
  signupOrigins: [location.origin],
  signupPageUrl: "",
};
const firstScreenPath = (form: string) =>
  new RegExp(`^/api/v1/orgs/demo/visits/evt_visit_1/${form}/first-screen$`);

describe("a host's and an interpreter's forms taking over the worker's first screens", () => {
  /** The worker's own markup of the host's or the interpreter's form, in Arabic, mounted. */
  const mount = <F extends HearthVisitForm>(
    Form: new () => F,
    form: "host-form" | "interpreter-form",
    more?: (stubbed: FetchStub) => FetchStub,
  ) => {
    const draw =
      form === "host-form" ? renderVisitHostFirstScreen : renderVisitInterpreterFirstScreen;
    return mountWayForm(Form, form, draw(detail, { words }), more);
  };

  afterEach(unmountWayForm);

  it("a host's: the same form in the same places, the full stop not offered, what was typed and the focus kept", async () => {
    const { el, screen, codeComes } = await mount(HearthVisitHostForm, "host-form");
    const before = layout(el.shadowRoot!);
    const drawnControls = controls(el.shadowRoot!);
    expect(before.join(" ")).to.include(words.t("sendHost").replace(/\s+/g, ""));
    const stops = [...screen.querySelectorAll<HTMLOptionElement>("#slotId option")];
    expect(stops.map((option) => [option.value, option.disabled])).to.deep.equal([
      ["", false],
      ["slot_host_1", true],
      ["slot_host_2", false],
    ]);
    screen.querySelector<HTMLSelectElement>("#slotId")!.value = "slot_host_2";
    screen.querySelector<HTMLTextAreaElement>("#offer")!.value = "جولة في المزرعة";
    screen.querySelector<HTMLInputElement>("#name")!.focus();
    await expect(el).to.be.accessible();
    codeComes();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    expect(shadow(el).querySelectorAll("form")).to.have.length(1);
    expect(query<HTMLSelectElement>(el, "#slotId").value).to.equal("slot_host_2");
    expect(query<HTMLTextAreaElement>(el, "#offer").value).to.equal("جولة في المزرعة");
    expect(shadow(el).activeElement?.id).to.equal("name");
    query<HTMLSelectElement>(el, "#slotId").value = "";
    query<HTMLTextAreaElement>(el, "#offer").value = "";
    expect(layout(shadow(el))).to.deep.equal(before);
    expect(controls(shadow(el))).to.deep.equal(drawnControls);
    await expect(el).to.be.accessible();
  });

  it("an interpreter's: the same form in the same places, and the booking the first screen made kept", async () => {
    const { registration } = signUpFixture();
    const signedUp = { confirmedLabel: "interpreterConfirmed", headingLevel: 4 } as const;
    const { el, screen, codeComes, stub } = await mount(
      HearthVisitInterpreterForm,
      "interpreter-form",
      (stubbed) =>
        stubbed.on(
          "POST",
          firstScreenPath("interpreter-form"),
          html(renderSignedUp(registration, true, words, signedUp), 201),
        ),
    );
    const drawn = layout(el.shadowRoot!);
    screen.querySelector<HTMLInputElement>('input[name="languages"][value="uk"]')!.checked = true;
    screen.querySelector<HTMLInputElement>("#name")!.value = "Олена";
    screen.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => screen.querySelector(".result-title"), "the worker's confirmation");
    const sent = stub.calls.find((call) => call.method === "POST")!.body as URLSearchParams;
    expect(sent.getAll("languages")).to.deep.equal(["uk"]);
    expect(sent.get("name")).to.equal("Олена");
    const before = layout(el.shadowRoot!);
    expect(before.join(" ")).to.include(words.t("interpreterConfirmed").replace(/\s+/g, ""));
    expect(before).to.not.deep.equal(drawn);
    codeComes();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    expect(layout(shadow(el))).to.deep.equal(before);
    expect(shadow(el).activeElement?.className).to.equal("result-title");
    expect(stub.calls.filter((call) => call.method === "POST")).to.have.length(1);
  });

  it("an interpreter's: the same controls, each telling a phone and a screen reader the same", async () => {
    const { el, screen, codeComes } = await mount(HearthVisitInterpreterForm, "interpreter-form");
    const before = layout(el.shadowRoot!);
    const drawnControls = controls(el.shadowRoot!);
    codeComes();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    expect(layout(shadow(el))).to.deep.equal(before);
    expect(controls(shadow(el))).to.deep.equal(drawnControls);
  });

  it("a host's refusal on the first screen shown as the widget's own errors, in its words", async () => {
    const error = {
      code: "validation_failed" as const,
      message: "Fix.",
      fields: { slotId: "", offer: "" },
      fieldCodes: {
        slotId: { code: "required" as const },
        offer: { code: "offer_required" as const },
      },
    };
    const problems = visitFormProblems("host", error, [], words);
    const { el, screen, codeComes, stub } = await mount(
      HearthVisitHostForm,
      "host-form",
      (stubbed) =>
        stubbed.on(
          "POST",
          firstScreenPath("host-form"),
          html(renderRefusal({ status: 422, error }, problems, words), 422),
        ),
    );
    screen.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => screen.querySelector("#offer-error"), "the worker's refusal");
    expect(screen.querySelector("#slotId-error")?.textContent).to.equal(words.t("errorStop"));
    codeComes();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    expect(query(el, "#slotId-error").textContent).to.equal(words.t("errorStop"));
    expect(query(el, "#offer-error").textContent).to.equal(words.t("errorOffer"));
    expect(stub.calls.filter((call) => call.method === "POST")).to.have.length(1);
  });

  it("an interpreter's place gone since the form was drawn: said above the form on the first screen, and by the widget after it", async () => {
    const error = {
      code: "validation_failed" as const,
      message: "Fix.",
      fields: { slotId: "" },
      fieldCodes: { slotId: { code: "slot_unknown" as const } },
    };
    const { el, screen, codeComes } = await mount(
      HearthVisitInterpreterForm,
      "interpreter-form",
      (stubbed) =>
        stubbed.on(
          "POST",
          firstScreenPath("interpreter-form"),
          html(
            renderRefusal(
              { status: 422, error },
              visitFormProblems("interpreter", error, [], words),
              words,
            ),
            422,
          ),
        ),
    );
    screen.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const alert = () => screen.querySelector('[role="alert"]')?.textContent ?? "";
    await waitUntil(() => alert().includes(words.t("choiceClosed")), "the worker's refusal");
    expect(screen.querySelector("[data-for]"), "nothing beside a field").to.equal(null);
    codeComes();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    expect(query(el, '[role="alert"]').textContent?.trim()).to.equal(words.t("choiceClosed"));
    expect(shadow(el).querySelectorAll('[aria-invalid="true"]')).to.have.length(0);
  });
});
