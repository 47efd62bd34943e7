import type { cluster as en } from '../en/cluster';

// 군집 셀 편집기와 결과 문구. 영어 키가 하나라도 빠지면 타입 오류가 납니다.
export const cluster: Record<keyof typeof en, string> = {
  'cluster.label': '군집',
};
