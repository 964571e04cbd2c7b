import type { Messages } from '../i18n/sv';

/** The navigation targets, in menu order. Paths are Swedish: they show in the address bar. */
export const ROUTES = [
  { key: 'overview', path: '/' },
  { key: 'checklist', path: '/checklista' },
  { key: 'incidents', path: '/handelser' },
  { key: 'actions', path: '/atgarder' },
  { key: 'rollup', path: '/sammanstallning' },
  { key: 'exchange', path: '/utbyte' },
  { key: 'report', path: '/rapport' },
  { key: 'organisation', path: '/organisation' },
  { key: 'settings', path: '/installningar' },
] as const satisfies readonly { key: keyof Messages['nav']; path: string }[];

export type RouteKey = (typeof ROUTES)[number]['key'];
