import type { profile as en } from '../en/profile';

// profile 셀 편집기와 요약 문구. 영어 키가 하나라도 빠지면 타입 오류가 납니다.
export const profile: Record<keyof typeof en, string> = {
  'cell.kind.profile': '프로필',
};
