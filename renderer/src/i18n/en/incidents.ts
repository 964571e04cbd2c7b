import type { Messages } from '../sv';
import { log } from './incidents-log';
import { kiaImport } from './incidents-import';
import { stats } from './incidents-stats';

export const incidents: Messages['incidents'] = {
  log,
  kiaImport,
  stats,
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
