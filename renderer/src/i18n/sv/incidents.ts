export const incidents = {
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
