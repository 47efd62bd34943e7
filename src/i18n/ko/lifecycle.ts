import type { lifecycle as en } from '../en/lifecycle';

// lifecycle 셀 편집기와 요약 문구. 영어 키가 하나라도 빠지면 타입 오류가 납니다.
export const lifecycle: Record<keyof typeof en, string> = {
  'cell.kind.lifecycle': '생애주기',
};
