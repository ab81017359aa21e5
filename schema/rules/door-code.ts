/** The code each person gets with their confirmation and gives at the door: 6 letters or digits. */
export const doorCodePattern = /^[A-Z0-9]{6}$/;
