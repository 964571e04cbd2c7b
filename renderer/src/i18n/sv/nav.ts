export const nav = {
  overview: 'Översikt',
  checklist: 'Checklista',
  incidents: 'Händelser',
  actions: 'Åtgärder',
  rollup: 'Sammanställning',
  report: 'Rapport',
  organisation: 'Organisation',
  settings: 'Inställningar',
};
