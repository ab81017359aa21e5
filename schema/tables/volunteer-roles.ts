import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { LocaleText } from "../contracts/locale-text.js";
import { organisations } from "./organisations.js";

export const requirementKinds = [
  "food_hygiene",
  "driving_licence",
  "min_age",
  "introduction",
] as const;

/** A kind of volunteer work (set-up, kitchen help, interpreter, driver …) with its requirements. */
export const volunteerRoles = sqliteTable(
  "volunteer_roles",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    position: integer("position").notNull(),
    name: text("name", { mode: "json" }).$type<LocaleText>().notNull(),
    description: text("description", { mode: "json" }).$type<LocaleText>().notNull(),
    /** What a volunteer must declare (and a coordinator may verify) to take this role's shifts. */
    requirements: text("requirements", { mode: "json" }).$type<string[]>().notNull(),
    minimumAge: integer("minimum_age"),
  },
  (table) => [index("volunteer_roles_organisation_id_idx").on(table.organisationId)],
);
