/** The event a calculator sends (bubbling, `detail`: the new inputs) when its reader changes a setting; its own module so the deck can listen without loading the calculator. */
export const ESTIMATE_CHANGE = 'estimate-change';
