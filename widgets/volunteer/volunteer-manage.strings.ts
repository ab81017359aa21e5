/** The manage page's strings (the keys volunteer-manage.ts uses), fetched beside its code. */
export { default } from "virtual:hearth-strings/common+volunteer+form+mydata";
