/**
 * What a record's id in a path can look like (`evt_demo_cafe_tue`, `reg_k3…`): letters, digits,
 * `_` and `-`, at most 80. Anything else names nothing, so it is not found without asking D1.
 */
export const recordIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
