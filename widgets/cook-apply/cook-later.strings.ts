/** The later steps' strings (the keys cook-later.ts uses), fetched beside their code. */
export { default } from "virtual:hearth-strings/common+cook+food+form+mydata";
