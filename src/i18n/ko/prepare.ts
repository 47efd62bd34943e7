import type { prepare as en } from '../en/prepare';

// 정리·결합 셀 편집기와 보고 문구. 영어 키가 하나라도 빠지면 타입 오류가 납니다.
export const prepare: Record<keyof typeof en, string> = {
  'prepare.label': '준비',
};
