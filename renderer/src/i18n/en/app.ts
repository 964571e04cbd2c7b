import type { Messages } from '../sv';

export const app: Messages['app'] = {
  name: 'SAM follow-up',
  tagline: 'Annual follow-up of systematic work-environment management',
  skipToContent: 'Skip to content',
  mainNav: 'Main menu',
  version: 'Version {{version}}',
  platformWeb: 'Web mode',
  platformElectron: 'Desktop app',
};
