export const app = {
  name: 'SAM-uppföljning',
  tagline: 'Årlig uppföljning av systematiskt arbetsmiljöarbete',
  skipToContent: 'Hoppa till innehållet',
  mainNav: 'Huvudmeny',
  version: 'Version {{version}}',
  platformWeb: 'Webbläge',
  platformElectron: 'Skrivbordsapp',
};
