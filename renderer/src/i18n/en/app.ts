import type { Messages } from '../sv';

export const app: Messages['app'] = {
  name: 'SAM follow-up',
  tagline: 'Annual follow-up of systematic work-environment management',
  skipToContent: 'Skip to content',
  mainNav: 'Main menu',
  version: 'Version {{version}}',
  platformWeb: 'Web mode',
  platformElectron: 'Desktop app',
  noOrganisation:
    'There is no organisation here yet. Set up your own or load the demo organisation from the start page.',
  goToStart: 'To the start page',
  contextLabel: 'Working context',
  activeNode: 'Showing',
  followUpYear: 'Follow-up year',
  covers: 'covers {{year}}',
  actingFor: 'This installation works for {{name}}',
};
