import type { Messages } from '../sv';

export const templates: Messages['templates'] = {};
