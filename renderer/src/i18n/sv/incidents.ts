import { log } from './incidents-log';
import { kiaImport } from './incidents-import';
import { stats } from './incidents-stats';
export const incidents = {
  log,
  kiaImport,
  stats,
  /** Shared by the log, the import and the statistics. */
  types: {
    riskobservation: 'Riskobservation',
    tillbud: 'Tillbud',
    olycksfall: 'Olycksfall',
    fardolycksfall: 'Färdolycksfall',
    arbetssjukdom: 'Arbetssjukdom',
  },
  statuses: {
    ny: 'Ny',
    utreds: 'Utreds',
    atgardad: 'Åtgärdad',
    avslutad: 'Avslutad',
  },
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
