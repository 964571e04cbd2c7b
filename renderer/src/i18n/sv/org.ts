export const org = {};
