import type { AdminApplication } from "../../schema/contracts/admin/festivals.js";
import type {
  Allergen,
  ApplicationView,
  DietLabel,
  DishView,
} from "../../schema/contracts/festivals.js";
import { resolveText, resolveWords } from "../../i18n/content.js";
import type { ApplicationRow, DishRow } from "./application-queries.js";
import { isEditable } from "./application-rules.js";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const day = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 10));

function dishView(dish: DishRow, locale: string, fallback: string): DishView {
  return {
    id: dish.id,
    name: resolveText(dish.name, locale, fallback).text,
    description: resolveText(dish.description, locale, fallback).text,
    free: dish.free,
    priceCents: dish.priceCents,
    portions: dish.portions,
    allergens: dish.allergens as Allergen[],
    allergensNone: dish.allergensNone,
    dietLabels: dish.dietLabels as DietLabel[],
  };
}

/** The cook's own view of their application (also their data export). */
export function toApplicationView(row: ApplicationRow, now: number): ApplicationView {
  const title = resolveText(row.festival.title, row.locale, row.festival.defaultLocale);
  return {
    id: row.id,
    status: row.status,
    editable: isEditable(row, now),
    festival: {
      id: row.eventId,
      organisation: row.festival.organisationSlug,
      title: title.text,
      contentLocale: title.lang,
      startsAt: iso(row.festival.startsAt)!,
      deadline: iso(row.festival.cookDeadline),
      retentionDays: row.festival.retentionDays,
    },
    displayName: row.displayName,
    email: row.email,
    phone: row.phone,
    locale: row.locale,
    cuisine: row.cuisine,
    story: row.story,
    // The cook reads their dishes in their own words.
    dishes: row.dishes.map((dish) => dishView(dish, row.locale, row.festival.defaultLocale)),
    stallNeeds: row.stallNeeds,
    hygiene: row.hygiene,
    hygieneExpiresOn: day(row.hygieneExpiresAt),
    consentPublic: row.consentPublic,
    organiserMessage:
      row.status === "draft" || row.status === "submitted"
        ? null
        : resolveWords(row.organiserMessage, row.locale, row.festival.defaultLocale),
    stall: row.status === "approved" && row.stallName ? { name: row.stallName } : null,
    submittedAt: iso(row.submittedAt),
    erased: row.erasedAt !== null,
  };
}

/** Training missing, or expiring before the festival: the organisers must see it. */
export function hygieneFlag(row: ApplicationRow): AdminApplication["hygieneFlag"] {
  if (row.hygiene !== "done" || row.hygieneExpiresAt === null) return "missing";
  return row.hygieneExpiresAt < row.festival.endsAt ? "expires" : null;
}

export function toAdminApplication(row: ApplicationRow): AdminApplication {
  return {
    id: row.id,
    status: row.status,
    displayName: row.displayName,
    email: row.email,
    phone: row.phone,
    locale: row.locale,
    cuisine: row.cuisine,
    story: row.story,
    consentPublic: row.consentPublic,
    dishes: row.dishes.map((dish) => ({
      ...dishView(dish, row.locale, row.festival.defaultLocale),
      name: dish.name,
      description: dish.description,
      missingTranslations: row.festival.locales.filter((locale) => !dish.name[locale]?.trim()),
    })),
    stallNeeds: row.stallNeeds,
    hygiene: row.hygiene,
    hygieneExpiresOn: day(row.hygieneExpiresAt),
    hygieneVerified: row.hygieneVerifiedAt !== null,
    hygieneFlag: hygieneFlag(row),
    organiserMessage: row.organiserMessage,
    organiserNote: row.organiserNote,
    stallId: row.stallId,
    submittedAt: iso(row.submittedAt),
  };
}
