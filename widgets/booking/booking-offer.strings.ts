/** The held place's panel's strings (the keys booking-offer.ts uses), fetched beside its code. */
export { default } from "virtual:hearth-strings/common+booking";
