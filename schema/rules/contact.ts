/**
 * How a phone number may be written: digits, spaces, brackets and dashes, an optional + first,
 * 6 to 20 characters (after other scripts' digits are read as 0–9). The contracts build their
 * schemas from it; nothing else may spell it out (a lint rule refuses a copy in the widgets).
 */
export const phonePattern = /^\+?[0-9 ()-]{6,20}$/;

/** The longest email address (RFC 5321's path limit). */
export const emailMaxLength = 254;
