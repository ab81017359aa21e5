// The public languages of i18n/languages.ts, in its order, for the demo's switcher. The demo is
// served as plain static files and cannot import the TypeScript registry, so it keeps this copy;
// tests/i18n/demo-languages.test.mjs fails when the two differ.
export const languages = [
  { code: "en", name: "English", dir: "ltr" },
  { code: "es", name: "Español", dir: "ltr" },
  { code: "ar", name: "العربية", dir: "rtl" },
  { code: "uk", name: "Українська", dir: "ltr" },
  { code: "ru", name: "Русский", dir: "ltr" },
  { code: "fa", name: "فارسی / دری", dir: "rtl" },
  { code: "ps", name: "پښتو", dir: "rtl" },
  { code: "ti", name: "ትግርኛ", dir: "ltr" },
  { code: "so", name: "Soomaali", dir: "ltr" },
  { code: "ckb", name: "کوردیی ناوەندی", dir: "rtl" },
  { code: "tr", name: "Türkçe", dir: "ltr" },
  { code: "et", name: "Eesti", dir: "ltr" },
  { code: "de", name: "Deutsch", dir: "ltr" },
  { code: "fr", name: "Français", dir: "ltr" },
  { code: "it", name: "Italiano", dir: "ltr" },
  { code: "cs", name: "Čeština", dir: "ltr" },
  { code: "fi", name: "Suomi", dir: "ltr" },
  { code: "lt", name: "Lietuvių", dir: "ltr" },
];
