import { expect, waitUntil } from "@open-wc/testing";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { shadow } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { demoOrg } from "../helpers/fixtures.js";
import { buttonsNamed } from "../network/network-fixtures.js";
import { plainText, seasonFixture } from "./mentoring-fixtures.js";
import { control, mountForm } from "./season-form-mount.js";

const seasonsPath = adminApi("/orgs/demo/mentoring/seasons");
const seasonPath = adminApi("/orgs/demo/mentoring/seasons/sea_1");

/** Types into a control as a person does: the form hears `input`. */
function type(el: Element, name: string, value: string) {
  const input = control(el, name);
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
}

function fillDates(el: Element) {
  type(el, "name.en", "Spring 2031");
  type(el, "startsOn", "2031-03-01");
  type(el, "endsOn", "2031-05-31");
  type(el, "intakeClosesAt", "2031-02-20");
}

const submit = (el: Element) => shadow(el).querySelector("form")!.requestSubmit();

for (const lang of ["en", "ar", "uk"]) {
  describe(`<hearth-admin-season-form> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("opens a new season with Language Friend's defaults and no axe violations", async () => {
      stub = new FetchStub();
      const el = await mountForm(lang, "", stub);
      expect(control<HTMLSelectElement>(el, "practisedLanguage").value).to.equal("et");
      expect(control(el, "timeZone").value).to.equal("Europe/Tallinn");
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-season-form>", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("starts with every way to meet, A2–B2, 2 hours, 2 learners, the default weights and the relay", async () => {
    stub = new FetchStub();
    const el = await mountForm("en", "", stub);
    for (const mode of ["online", "phone", "in_person"]) {
      expect(control(el, `modes.${mode}`).checked, mode).to.equal(true);
    }
    expect(control<HTMLSelectElement>(el, "learnerLevels.min").value).to.equal("A2");
    expect(control<HTMLSelectElement>(el, "learnerLevels.max").value).to.equal("B2");
    expect(control(el, "minSharedHours").value).to.equal("2");
    expect(control(el, "maxLearnersPerMentor").value).to.equal("2");
    expect(
      ["hours", "interests", "languages", "region", "age"].map(
        (weight) => control(el, `weights.${weight}`).value,
      ),
    ).to.deep.equal(["4", "3", "2", "2", "1"]);
    expect(
      shadow(el).querySelector<HTMLInputElement>('[name="contact"][value="relay"]')!.checked,
    ).to.equal(true);
    // The weights are named by what they mean, not by their field.
    expect(plainText(el)).to.include("How much shared free time counts");
    expect(plainText(el)).to.include("How much being close in age counts");
    // The name is asked in each of the organisation's languages, side by side.
    for (const locale of demoOrg.locales)
      expect(control(el, `name.${locale}`).localName).to.equal("input");
  });

  it("says what is wrong in words and sends nothing until it is right", async () => {
    stub = new FetchStub();
    const el = await mountForm("en", "", stub);
    (["online", "phone", "in_person"] as const).forEach((mode) => {
      const box = control(el, `modes.${mode}`);
      box.checked = false;
      box.dispatchEvent(new Event("change", { bubbles: true, composed: true }));
    });
    type(el, "weights.hours", "11");
    type(el, "maxLearnersPerMentor", "0");
    type(el, "timeZone", "Mars/Olympus");
    submit(el);
    await waitUntil(() => plainText(el).includes("Please check the fields marked below."));
    const text = plainText(el);
    expect(text).to.include("Give the season a name in at least one language.");
    expect(text).to.include("Choose a date.");
    expect(text).to.include("Choose at least one way to meet.");
    expect(text).to.include("Use a whole number from 0 to 10.");
    expect(text).to.include("Use a whole number from 1 to 5.");
    expect(text).to.include("Choose a time zone from the list, for example Europe/Tallinn.");
    expect(control(el, "weights.hours").getAttribute("aria-invalid")).to.equal("true");
    // Focus goes to the first field with a problem, in form order: the name.
    expect(shadow(el).activeElement?.getAttribute("name")).to.equal("name.et");
    expect(stub.calls).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it("creates the season with what was typed, regions split at commas", async () => {
    stub = new FetchStub().on(
      "POST",
      seasonsPath,
      ok({ season: seasonFixture({ id: "sea_9" }) }, 201),
    );
    const el = await mountForm("en", "", stub);
    fillDates(el);
    type(el, "regions", "Tallinn, Tartu ,, Narva");
    type(el, "weights.age", "0");
    submit(el);
    await waitUntil(() => plainText(el).includes("Season saved."));
    const body = stub.calls[0]!.body as Record<string, unknown>;
    expect(body).to.deep.include({
      name: { en: "Spring 2031" },
      practisedLanguage: "et",
      startsOn: "2031-03-01",
      endsOn: "2031-05-31",
      intakeClosesAt: "2031-02-20",
      timeZone: "Europe/Tallinn",
      modes: ["online", "phone", "in_person"],
      regions: ["Tallinn", "Tartu", "Narva"],
      learnerLevels: { min: "A2", max: "B2" },
      minSharedHours: 2,
      maxLearnersPerMentor: 2,
      weights: { hours: 4, interests: 3, languages: 2, region: 2, age: 0 },
      contact: "relay",
    });
    expect(body).to.not.have.property("version");
    expect(location.hash).to.equal("#/mentoring/seasons/sea_9/edit?org=demo");
    location.hash = "";
  });

  it("edits a season with its version and explains when someone else changed it", async () => {
    stub = new FetchStub()
      .on("GET", seasonsPath, ok({ seasons: [seasonFixture()] }))
      .on("PUT", seasonPath, apiError(409, "version_conflict"));
    const el = await mountForm("en", "sea_1", stub);
    expect(control(el, "name.en").value).to.equal("Language Friends spring 2030");
    expect(control(el, "regions").value).to.equal("Tallinn, Tartu");
    expect(plainText(el)).to.include("Edit season: Language Friends spring 2030");
    type(el, "minSharedHours", "3");
    submit(el);
    await waitUntil(() => plainText(el).includes("Someone else changed this season or its pairs"));
    const put = stub.calls.find((call) => call.method === "PUT")!;
    expect((put.body as { version: number; minSharedHours: number }).version).to.equal(3);
    expect((put.body as { minSharedHours: number }).minSharedHours).to.equal(3);
    // Their edit stays on screen; loading the latest is their choice.
    expect(control(el, "minSharedHours").value).to.equal("3");
    expect(buttonsNamed(el, "Load the latest")).to.have.length(1);
    buttonsNamed(el, "Load the latest")[0]!.click();
    await waitUntil(() => control(el, "minSharedHours").value === "2", "the latest loaded");
  });

  it("words the server's refusal of a field in the reader's language", async () => {
    stub = new FetchStub().on(
      "POST",
      seasonsPath,
      apiError(422, "validation_failed", { endsOn: { code: "ends_before_start" } }),
    );
    const el = await mountForm("uk", "", stub);
    fillDates(el);
    submit(el);
    await waitUntil(() => control(el, "endsOn").getAttribute("aria-invalid") === "true");
    expect(plainText(el)).to.include("Кінець має бути пізніше за початок.");
  });
});
