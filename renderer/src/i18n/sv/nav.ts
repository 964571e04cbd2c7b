export const nav = {
  overview: 'Översikt',
  checklist: 'Checklista',
  incidents: 'Händelser',
  actions: 'Åtgärder',
  rollup: 'Sammanställning',
  exchange: 'Skicka och ta emot',
  report: 'Rapport',
  organisation: 'Organisation',
  settings: 'Inställningar',
};
