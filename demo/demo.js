// Module scripts run after parsing, so the widgets and links below are already in the DOM.
// The language links set ?lang=; the page and its widgets follow, and Arabic turns the page right to left.
const lang = new URLSearchParams(location.search).get("lang");
if (lang === "es" || lang === "ar") {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  for (const widget of document.querySelectorAll(
    "hearth-events, hearth-signup, hearth-visits, hearth-festival, hearth-cook-apply, hearth-volunteer",
  )) {
    widget.setAttribute("lang", lang);
  }
}
for (const link of document.querySelectorAll(".languages a")) {
  if (new URL(link.href).searchParams.get("lang") === (lang ?? "en")) {
    link.setAttribute("aria-current", "true");
  }
}
