import type { Messages } from '../sv';

export const report: Messages['report'] = {
  title: 'Annual report',
  heading: 'Annual report: {{node}}',
  loading: 'Building the report …',
  lead: 'The report for {{node}}, follow-up {{year}}. Everything in it comes from the roll-up and the employee survey.',
  toolbar: 'Report tools',
  print: 'Print / save as PDF',
  printing: 'Creating the PDF …',
  printSaved: 'The PDF was saved as {{name}}.',
  printFailed: 'The PDF could not be created: {{message}}',
  present: 'Present',
  fileName: 'SAM follow-up {{year}} {{node}}',
  document: 'The report',
  chartData: 'The values in the chart',
  category: 'Category',
  presentation: {
    label: 'Presentation of the annual report',
    counter: '{{current}} / {{total}}',
    announce: 'Slide {{current}} of {{total}}: {{title}}',
    previous: 'Previous',
    next: 'Next',
    close: 'Leave (Esc)',
    keys: 'Right arrow, Page Down or space: next. Left arrow or Page Up: previous. Home and End: first and last. Esc: leave.',
  },
};
