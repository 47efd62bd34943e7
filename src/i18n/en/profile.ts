// The profile cell's editor and summary.
export const profile = {
  'cell.kind.profile': 'Profile',
};
