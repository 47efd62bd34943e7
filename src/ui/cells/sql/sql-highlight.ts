// Syntax colours from CSS variables (src/app.css) so SQL stays readable in light and dark mode.
import { HighlightStyle } from '@codemirror/language';
import { tags } from '@lezer/highlight';

export const sqlHighlight = HighlightStyle.define([
  { tag: tags.keyword, color: 'var(--syn-keyword)', fontWeight: '600' },
  { tag: [tags.typeName, tags.standard(tags.name)], color: 'var(--syn-type)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--syn-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--syn-number)' },
  { tag: [tags.lineComment, tags.blockComment, tags.comment], color: 'var(--syn-comment)', fontStyle: 'italic' },
  { tag: [tags.operator, tags.punctuation], color: 'var(--syn-operator)' },
  { tag: tags.special(tags.name), color: 'var(--syn-name)' },
]);
