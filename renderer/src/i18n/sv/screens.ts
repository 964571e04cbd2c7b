export const screens = {
  overview: {
    intro:
      'Här ser du läget för årets uppföljning: hur långt checklistan har kommit, öppna och försenade åtgärder och händelser som väntar på anmälan.',
  },
  checklist: {
    intro:
      'Enhetens årliga genomgång av checklistan tillsammans med skyddsombud och medarbetare: svar Ja, Delvis, Nej eller Vet ej med kommentar, åtgärd direkt från ett svar och signering av chef och skyddsombud.',
  },
  incidents: {
    intro:
      'Riskobservationer, tillbud, olycksfall, färdolycksfall och arbetssjukdomar: registrering, anmälan till Arbetsmiljöverket och Försäkringskassan, import från KIA och statistik per månad, orsak och plats.',
  },
  actions: {
    intro:
      'Handlingsplanen: åtgärd, ansvarig, klart när och följs upp när, med status – och förra årets åtgärder att följa upp.',
  },
  rollup: {
    intro:
      'Sammanställningen av enheterna under dig: svar per fråga i procent, inskickade och saknade uppföljningar, och nivåns egen sammanfattning och prioriteringar.',
  },
  exchange: {
    intro:
      'Skicka den egna uppföljningen uppåt som signerat paket, ta emot paket från nivån under och hantera betrodda nycklar.',
  },
  report: {
    intro:
      'Den årliga uppföljningen till nämnden: diagram, tabeller, medarbetarundersökning och handlingsplan, som PDF, Word, Excel och PowerPoint.',
  },
  organisation: {
    intro:
      'Organisationens fyra nivåer – enhet, verksamhet, förvaltning och kommun – och vilken enhet den här installationen arbetar för.',
  },
  comingHeading: 'Det här kommer på skärmen',
};
