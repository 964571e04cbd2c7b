import type { Messages } from '../sv';

export const actions: Messages['actions'] = {};
