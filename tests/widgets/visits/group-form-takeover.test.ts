import { expect, waitUntil } from "@open-wc/testing";
import { renderRefusal, renderSignedUp } from "../../../worker/embed/signup-first-screen-answer.js";
import { renderVisitGroupFirstScreen } from "../../../worker/embed/visit-group-first-screen.js";
import { formProblems } from "../../../worker/event-pages/form-errors.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { HearthVisitGroupForm } from "../../../widgets/visits/visit-group-form.js";
import type { FetchStub } from "../helpers/fetch-stub.js";
import { html } from "../helpers/fetch-stub.js";
import { pageWordsFor } from "../helpers/page-words.js";
import { signUpFixture } from "../helpers/fixtures.js";
import { query, shadow } from "../helpers/shadow.js";
import { controls, layout, mountWayForm, unmountWayForm, visit } from "./way-form-takeover.js";

setApiOrigin("https://hearth.test");

const firstScreenPath = /^\/api\/v1\/orgs\/demo\/visits\/evt_visit_1\/group-form\/first-screen$/;
const words = pageWordsFor("ar");
const signedUp = { confirmedLabel: "visitConfirmed", headingLevel: 4 } as const;

/** The worker's own markup of the group form, in Arabic, with the catalogues the widget ships. */
const workerMarkup = () =>
  renderVisitGroupFirstScreen(
    { event: visit, defaultLocale: "en", signupOrigins: [location.origin], signupPageUrl: "" },
    { words },
  );

describe("<hearth-visit-group-form> taking over the worker's first screen", () => {
  /** As a visit opened on the visits list's first screen leaves it, before the forms' code. */
  const mountOnFirstScreen = (more?: (stubbed: FetchStub) => FetchStub) =>
    mountWayForm(HearthVisitGroupForm, "group-form", workerMarkup(), more);

  afterEach(unmountWayForm);

  it("draws the same form in the same places, and keeps what was typed, chosen and ticked, and the focus", async () => {
    const { el, screen, codeComes } = await mountOnFirstScreen();
    const before = layout(el.shadowRoot!);
    const drawnControls = controls(el.shadowRoot!);
    expect(before.join(" ")).to.include(words.t("sendGroup").replace(/\s+/g, ""));
    screen.querySelector<HTMLInputElement>("#adults")!.value = "4";
    screen.querySelector<HTMLSelectElement>("#pickupPointId")!.value = "pp_1";
    screen.querySelector<HTMLInputElement>('input[name="languages"][value="fa"]')!.checked = true;
    screen.querySelector<HTMLInputElement>("#name")!.value = "سلمى";
    screen.querySelector<HTMLInputElement>("#phone")!.focus();
    await expect(el).to.be.accessible();
    codeComes();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    expect(shadow(el).querySelectorAll("form")).to.have.length(1);
    expect(query<HTMLInputElement>(el, "#adults").value).to.equal("4");
    expect(query<HTMLSelectElement>(el, "#pickupPointId").value).to.equal("pp_1");
    expect(query<HTMLInputElement>(el, 'input[value="fa"]').checked).to.equal(true);
    expect(query<HTMLInputElement>(el, "#name").value).to.equal("سلمى");
    expect(shadow(el).activeElement?.id).to.equal("phone");
    // Untouched, nothing moved: the same words in the same places.
    query<HTMLInputElement>(el, "#adults").value = "1";
    query<HTMLSelectElement>(el, "#pickupPointId").value = "";
    query<HTMLInputElement>(el, 'input[value="fa"]').checked = false;
    query<HTMLInputElement>(el, "#name").value = "";
    expect(layout(shadow(el))).to.deep.equal(before);
    expect(controls(shadow(el))).to.deep.equal(drawnControls);
    await expect(el).to.be.accessible();
  });

  it("takes over seats the first screen booked itself, the outcome's heading keeping the focus", async () => {
    const { registration } = signUpFixture();
    const { el, screen, codeComes, stub } = await mountOnFirstScreen((stubbed) =>
      stubbed.on(
        "POST",
        firstScreenPath,
        html(renderSignedUp(registration, false, words, signedUp), 201),
      ),
    );
    const heard: unknown[] = [];
    el.addEventListener("hearth-registered", (event) => heard.push((event as CustomEvent).detail));
    screen.querySelector<HTMLSelectElement>("#pickupPointId")!.value = "pp_1";
    screen.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => screen.querySelector(".result-title"), "the worker's confirmation");
    // Heard when booked, before the widget's code has come.
    expect(heard).to.deep.equal([{ eventId: visit.id, registration }]);
    const sent = stub.calls.find((call) => call.method === "POST")!.body as URLSearchParams;
    expect(sent.get("pickupPointId")).to.equal("pp_1");
    const before = layout(el.shadowRoot!);
    expect(before.join(" ")).to.include(words.t("visitConfirmed").replace(/\s+/g, ""));
    codeComes();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    expect(layout(shadow(el))).to.deep.equal(before);
    expect(shadow(el).activeElement?.className).to.equal("result-title");
    expect(stub.calls.filter((call) => call.method === "POST")).to.have.length(1);
    expect(heard).to.deep.equal([{ eventId: visit.id, registration }]);
  });

  it("shows the first screen's refusal as its own errors, and sends nothing itself", async () => {
    const error = {
      code: "validation_failed" as const,
      message: "Fix.",
      fields: { pickupPointId: "", consent: "" },
    };
    const { el, screen, codeComes, stub } = await mountOnFirstScreen((stubbed) =>
      stubbed.on(
        "POST",
        firstScreenPath,
        html(renderRefusal({ status: 422, error }, formProblems(error, [], words), words), 422),
      ),
    );
    screen.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => screen.querySelector("#consent-error"), "the worker's refusal");
    expect(screen.querySelector("#pickupPointId-error")?.textContent).to.equal(
      words.t("errorPickup"),
    );
    codeComes();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    expect(query(el, "#pickupPointId-error").textContent).to.equal(words.t("errorPickup"));
    expect(query(el, "#consent-error").textContent).to.equal(words.t("errorConsent"));
    expect(query(el, '[role="alert"]').textContent?.trim()).to.equal(words.t("formHasErrors"));
    expect(stub.calls.filter((call) => call.method === "POST")).to.have.length(1);
  });
});
