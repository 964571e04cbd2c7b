import type { Messages } from '../sv';
import { log } from './incidents-log';
import { kiaImport } from './incidents-import';
import { stats } from './incidents-stats';

export const incidents: Messages['incidents'] = {
  log,
  kiaImport,
  stats,
  /** Shared by the log, the import and the statistics. */
  types: {
    riskobservation: 'Risk observation',
    tillbud: 'Near miss',
    olycksfall: 'Accident',
    fardolycksfall: 'Commuting accident',
    arbetssjukdom: 'Occupational disease',
  },
  statuses: {
    ny: 'New',
    utreds: 'Under investigation',
    atgardad: 'Remedied',
    avslutad: 'Closed',
  },
  lead: 'Incidents for {{node}}: risk observations, near misses, accidents, commuting accidents and occupational diseases.',
  tabsLabel: 'Incidents – parts',
  tabs: {
    log: 'Incident log',
    reporting: 'Reports',
    statistics: 'Statistics',
    import: 'Import from KIA',
    categories: 'Categories',
  },
};
