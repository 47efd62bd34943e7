// The sentence shown for anything an engine call rejected with: SegbookFailure carries the
// tagged error; anything else (a bug, a decode failure) is wrapped so it still reads sensibly.

import { SegbookFailure, toSegbookError } from '../../core/errors';
import { describeError } from '../../i18n/index.svelte';

export function errorText(reason: unknown): string {
  return describeError(reason instanceof SegbookFailure ? reason.error : toSegbookError(reason));
}
