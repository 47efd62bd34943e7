// The clean and join cells' editors and reports.
export const prepare = {
  'prepare.label': 'Prepare',
};
