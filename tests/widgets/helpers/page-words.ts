import { fill, Translator } from "../../../i18n/catalogue.js";
import { displayLanguage, formatList } from "../../../i18n/format.js";
import { directionOf } from "../../../i18n/languages.js";
import arBooking from "../../../i18n/public/ar/booking.json";
import arCommon from "../../../i18n/public/ar/common.json";
import arCook from "../../../i18n/public/ar/cook.json";
import arEvents from "../../../i18n/public/ar/events.json";
import arFestival from "../../../i18n/public/ar/festival.json";
import arFood from "../../../i18n/public/ar/food.json";
import arForm from "../../../i18n/public/ar/form.json";
import arMydata from "../../../i18n/public/ar/mydata.json";
import arSignup from "../../../i18n/public/ar/signup.json";
import arVisits from "../../../i18n/public/ar/visits.json";
import arVolunteer from "../../../i18n/public/ar/volunteer.json";
import enBooking from "../../../i18n/public/en/booking.json";
import enCommon from "../../../i18n/public/en/common.json";
import enCook from "../../../i18n/public/en/cook.json";
import enEvents from "../../../i18n/public/en/events.json";
import enFestival from "../../../i18n/public/en/festival.json";
import enFood from "../../../i18n/public/en/food.json";
import enForm from "../../../i18n/public/en/form.json";
import enMydata from "../../../i18n/public/en/mydata.json";
import enSignup from "../../../i18n/public/en/signup.json";
import enVisits from "../../../i18n/public/en/visits.json";
import enVolunteer from "../../../i18n/public/en/volunteer.json";
import type { PageMessages, PageWords } from "../../../worker/event-pages/page-words.js";

const catalogues = {
  en: [
    enBooking,
    enCommon,
    enCook,
    enEvents,
    enFestival,
    enFood,
    enForm,
    enMydata,
    enSignup,
    enVisits,
    enVolunteer,
  ],
  ar: [
    arBooking,
    arCommon,
    arCook,
    arEvents,
    arFestival,
    arFood,
    arForm,
    arMydata,
    arSignup,
    arVisits,
    arVolunteer,
  ],
};

const merged = (files: readonly { messages: object }[]) =>
  Object.assign({}, ...files.map((file) => file.messages)) as Partial<PageMessages>;

/**
 * The worker's words for its first screens (`worker/event-pages/page-words.ts`), built in the
 * browser from the same public catalogues, so a widget test can draw the worker's own markup.
 */
export function pageWordsFor(locale: keyof typeof catalogues): PageWords {
  const translator = new Translator<PageMessages>(
    locale,
    merged(catalogues[locale]),
    merged(catalogues.en),
  );
  return {
    locale,
    dir: directionOf(locale),
    t: (key, values) => fill(translator.t(key), values ?? {}),
    plural: (key, count, values) => translator.plural(key, count, values ?? {}),
    list: (items) => formatList(locale, items),
    languageName: (code) => displayLanguage(locale, code),
  };
}
