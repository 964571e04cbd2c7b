import type { Messages } from '../sv';

export const overview: Messages['overview'] = {};
