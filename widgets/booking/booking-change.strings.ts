/** The change step's strings (the keys booking-change.ts uses), fetched beside its code. */
export { default } from "virtual:hearth-strings/common+booking+form";
