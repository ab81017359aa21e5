export * from "./organisations.js";
export * from "./events.js";
export * from "./slots.js";
export * from "./registrations.js";
