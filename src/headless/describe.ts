// Sentences for the terminal: the app's own English messages (i18n/messages.ts), so the
// headless runner and the browser describe errors and file differences in the same words.
import type { SegbookError } from '../core/errors';
import type { FingerprintDiff } from '../core/workbook/fingerprint';
import { messagesFor } from '../i18n/messages';

const en = messagesFor('en');

export const formatCount = (value: number): string => en.formatNumber(value);
export const formatMs = (ms: number): string => en.formatDuration(ms);
export const formatBytes = (bytes: number): string => en.formatBytes(bytes);
export const describeError = (error: SegbookError): string => en.describeError(error);
export const describeDiffs = (diffs: FingerprintDiff[]): string[] => en.describeDiffs(diffs);

/** The app's source.mismatch sentence for a file that differs from the saved one. */
export function describeMismatch(file: string, diffs: FingerprintDiff[]): string {
  return en.t('errors.source.mismatch', { file, diff: describeDiffs(diffs).join('; ') });
}
