import type { Messages } from '../sv';

export const nav: Messages['nav'] = {
  overview: 'Overview',
  checklist: 'Checklist',
  incidents: 'Incidents',
  actions: 'Actions',
  rollup: 'Roll-up',
  exchange: 'Send and receive',
  report: 'Report',
  organisation: 'Organisation',
  settings: 'Settings',
};
