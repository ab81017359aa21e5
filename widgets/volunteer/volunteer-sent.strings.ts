/** The signed-up screen's strings (the keys volunteer-sent.ts uses), fetched beside its code. */
export { default } from "virtual:hearth-strings/common+volunteer+form";
