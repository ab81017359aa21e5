/**
 * Languages people on these trips commonly speak, each named in its own language so a reader
 * finds theirs without knowing the page's language. Codes are what the API stores.
 */
export const visitLanguages: ReadonlyArray<{ code: string; name: string }> = [
  { code: "uk", name: "Українська" },
  { code: "ru", name: "Русский" },
  { code: "ar", name: "العربية" },
  { code: "fa", name: "فارسی" },
  { code: "prs", name: "دری" },
  { code: "ps", name: "پښتو" },
  { code: "ti", name: "ትግርኛ" },
  { code: "so", name: "Soomaali" },
  { code: "ku", name: "Kurdî" },
  { code: "tr", name: "Türkçe" },
  { code: "et", name: "Eesti" },
  { code: "en", name: "English" },
  { code: "es", name: "Español" },
  { code: "fr", name: "Français" },
];
