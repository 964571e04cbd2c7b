import type { Messages } from '../sv';

export const checklist: Messages['checklist'] = {};
