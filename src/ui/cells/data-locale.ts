// Segment, state and cluster names go into tables in the workbook's language (fixed when the
// workbook was made, saved with it), which is not always the interface's: a colleague may open a
// Korean workbook with the interface in English. Editors show and edit the names in this one, so
// what is edited is what the table gets.
import type { Locale } from '../../i18n/messages';
import { store } from '../../state/workbook.svelte';

export function dataLocale(): Locale {
  return store.workbook.locale;
}
