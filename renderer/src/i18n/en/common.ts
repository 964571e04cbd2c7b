import type { Messages } from '../sv';

export const common: Messages['common'] = {
  cancel: 'Cancel',
  close: 'Close',
  yes: 'Yes',
  no: 'No',
};
