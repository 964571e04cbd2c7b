export const common = {
  cancel: 'Avbryt',
  close: 'Stäng',
  yes: 'Ja',
  no: 'Nej',
};
