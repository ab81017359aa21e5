import type { CSSResultGroup } from "lit";
import { bookingStyles } from "./booking/booking.styles.js";
import { cookApplyStyles } from "./cook-apply/cook-apply.styles.js";
import { cookLaterStyles } from "./cook-apply/cook-later.styles.js";
import { eventsStyles } from "./events/events.styles.js";
import { festivalStyles } from "./festival/festival.styles.js";
import { signupStyles } from "./signup/signup.styles.js";
import { visitFormStyles } from "./visits/visit-form.styles.js";
import { visitsStyles } from "./visits/visits.styles.js";
import { personalDataStyles } from "./shared/personal-data.styles.js";
import { feedStyles } from "./volunteer/volunteer-later.styles.js";
import { volunteerStyles } from "./volunteer/volunteer.styles.js";

/**
 * The widgets whose first screen the worker draws, and the styles it shows with: the widget's
 * own, so the screen looks as the widget will. The build makes each one text
 * (`virtual:hearth-styles-text/<widget>`, vite.config.ts), as the widget tests' server does.
 */
export const firstScreenStyles: Record<string, CSSResultGroup> = {
  events: eventsStyles,
  visits: visitsStyles,
  // A visit's forms (a group's, a host's, an interpreter's), inside a visit opened on the visits
  // list's first screen.
  "visit-form": visitFormStyles,
  signup: signupStyles,
  festival: festivalStyles,
  // With the later steps' and the last screen's: the worker draws them all, step by step.
  "cook-apply": [cookApplyStyles, cookLaterStyles],
  // With the signed-up screen's: a form sent on the first screen shows it there.
  volunteer: [volunteerStyles, feedStyles],
  booking: [bookingStyles, personalDataStyles],
};
