// The lifecycle cell's editor and summary.
export const lifecycle = {
  'cell.kind.lifecycle': 'Lifecycle',
};
