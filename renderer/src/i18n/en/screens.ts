import type { Messages } from '../sv';

export const screens: Messages['screens'] = {
  overview: {
    intro:
      "The state of this year's follow-up: checklist progress, open and overdue actions, and incidents waiting to be reported.",
  },
  checklist: {
    intro:
      "The unit's yearly checklist review with the safety representative and staff: Yes, Partly, No or Don't know with a comment, an action straight from an answer, and sign-off by manager and safety representative.",
  },
  incidents: {
    intro:
      'Risk observations, near misses, accidents, commuting accidents and occupational diseases: logging, reports to the Work Environment Authority and the Social Insurance Agency, KIA import and statistics by month, cause and place.',
  },
  actions: {
    intro:
      "The action plan: action, responsible, due and follow-up dates, with status – and last year's actions to follow up.",
  },
  rollup: {
    intro:
      "The roll-up of the units below you: answers per question in per cent, submitted and missing follow-ups, and this level's own summary and priorities.",
  },
  exchange: {
    intro:
      'Send your own follow-up upward as a signed package, receive packages from the level below and manage trusted keys.',
  },
  report: {
    intro:
      'The annual follow-up for the board: charts, tables, employee survey and action plan, as PDF, Word, Excel and PowerPoint.',
  },
  organisation: {
    intro:
      "The organisation's four levels – unit, section, administration and municipality – and which unit this installation works for.",
  },
  comingHeading: 'What this screen will hold',
};
