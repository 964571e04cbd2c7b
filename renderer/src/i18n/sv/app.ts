export const app = {
  name: 'SAM-uppföljning',
  tagline: 'Årlig uppföljning av systematiskt arbetsmiljöarbete',
  skipToContent: 'Hoppa till innehållet',
  mainNav: 'Huvudmeny',
  version: 'Version {{version}}',
  platformWeb: 'Webbläge',
  platformElectron: 'Skrivbordsapp',
  noOrganisation:
    'Det finns ingen organisation här ännu. Lägg upp din egen eller ladda demoorganisationen från startsidan.',
  goToStart: 'Till startsidan',
  contextLabel: 'Arbetsläge',
  activeNode: 'Visar',
  followUpYear: 'Uppföljningsår',
  covers: 'avser {{year}}',
  actingFor: 'Installationen arbetar för {{name}}',
};
