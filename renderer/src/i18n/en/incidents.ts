import type { Messages } from '../sv';

export const incidents: Messages['incidents'] = {
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
