import { log } from './incidents-log';
import { kiaImport } from './incidents-import';
import { stats } from './incidents-stats';
export const incidents = {
  log,
  kiaImport,
  stats,
  lead: 'Händelser för {{node}}: riskobservationer, tillbud, olycksfall, färdolycksfall och arbetssjukdomar.',
  tabsLabel: 'Händelser – delar',
  tabs: {
    log: 'Händelselogg',
    reporting: 'Anmälningar',
    statistics: 'Statistik',
    import: 'Import från KIA',
    categories: 'Kategorier',
  },
};
