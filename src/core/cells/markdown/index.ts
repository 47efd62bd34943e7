// A markdown cell is prose; it runs as a no-op so run plans can include it.

import type { MarkdownCellSettings } from '../../workbook/types';

export const markdownDefaultName = 'note';

export function defaultMarkdownSettings(): MarkdownCellSettings {
  return { text: '' };
}

export function validateMarkdown(): null {
  return null;
}

export function compileMarkdown(): null {
  return null;
}
