import type { Messages } from '../sv';

export const org: Messages['org'] = {};
