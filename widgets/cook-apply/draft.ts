import type { Allergen, ApplicationView, DietLabel } from "../../schema/contracts/festivals.js";
import type { MessageKey } from "../i18n/messages.js";

export interface DishDraft {
  id?: string;
  name: string;
  description: string;
  free: boolean;
  /** As typed ("4,50"), so the field never reformats under the cook's fingers. */
  price: string;
  portions: string;
  allergens: Allergen[];
  allergensNone: boolean;
  dietLabels: DietLabel[];
}

export type NeedKey = keyof ApplicationView["stallNeeds"];
export type Hygiene = NonNullable<ApplicationView["hygiene"]>;

/** The answers being edited; the server's copy is only replaced once a save succeeds. */
export interface Draft {
  displayName: string;
  consent: boolean;
  email: string;
  phone: string;
  cuisine: string;
  story: string;
  dishes: DishDraft[];
  stallNeeds: Record<NeedKey, boolean>;
  hygiene: Hygiene | null;
  hygieneExpiresOn: string;
  consentPublic: boolean;
}

/** Field path (as the API names it) → what to tell the cook. */
export type DraftErrors = Partial<Record<string, MessageKey>>;

export const maxDishes = 8;

export function emptyDish(): DishDraft {
  return {
    name: "",
    description: "",
    free: false,
    price: "",
    portions: "",
    allergens: [],
    allergensNone: false,
    dietLabels: [],
  };
}

export function emptyDraft(): Draft {
  return {
    displayName: "",
    consent: false,
    email: "",
    phone: "",
    cuisine: "",
    story: "",
    dishes: [],
    stallNeeds: { power: false, water: false, table: false, equipment: false, helper: false },
    hygiene: null,
    hygieneExpiresOn: "",
    consentPublic: false,
  };
}
