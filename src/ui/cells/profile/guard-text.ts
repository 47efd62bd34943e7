// Catalogue keys for the over-segmentation guard's codes: 'profile.smallSegment' is shown with
// 'profile.warn.smallSegment', 'profile.suggestMergeInto' with 'profile.suggest.mergeInto'.
import type { SegmentationSuggestionCode, SegmentationWarningCode } from '../../../core/segments/profile';
import type { MessageKey } from '../../../i18n/index.svelte';

const WARNINGS: Record<SegmentationWarningCode, MessageKey> = {
  'profile.tooManySegments': 'profile.warn.tooManySegments',
  'profile.smallSegment': 'profile.warn.smallSegment',
  'profile.emptySegment': 'profile.warn.emptySegment',
};

const SUGGESTIONS: Record<SegmentationSuggestionCode, MessageKey> = {
  'profile.suggestMerge': 'profile.suggest.merge',
  'profile.suggestLowerK': 'profile.suggest.lowerK',
  'profile.suggestMergeInto': 'profile.suggest.mergeInto',
  'profile.suggestDropSegment': 'profile.suggest.dropSegment',
};

export const warningKey = (code: SegmentationWarningCode): MessageKey => WARNINGS[code];
export const suggestionKey = (code: SegmentationSuggestionCode): MessageKey => SUGGESTIONS[code];
