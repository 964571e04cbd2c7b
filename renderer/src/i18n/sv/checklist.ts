export const checklist = {};
