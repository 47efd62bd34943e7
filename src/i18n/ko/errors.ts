import type { errors as enErrors } from '../en/errors';

export const errors: Record<keyof typeof enErrors, string> = {
  'errors.engine.start': '이 브라우저에서 DuckDB를 시작하지 못했습니다: {detail}',
  'errors.engine.sql': 'SQL 실행에 실패했습니다: {detail}',
  'errors.engine.cancelled': '취소했습니다.',
  'errors.engine.oom': '메모리가 부족합니다. 데이터를 먼저 걸러 내거나, 열을 줄이거나, 더 작은 파일을 사용하세요.',
  'errors.engine.extension': '오프라인에서는 불러올 수 없는 DuckDB 확장 기능이 필요합니다: {detail}',
  'errors.engine.forbidden': '허용되지 않는 작업입니다. 워크북은 연결한 파일과 자신의 테이블만 읽을 수 있습니다 ({detail}).',
  'errors.engine.internal': '엔진 내부에서 문제가 생겼습니다: {detail}',

  'errors.file.empty': '{file} 파일이 비어 있습니다.',
  'errors.file.binary': '{file} 파일은 텍스트(CSV) 파일이나 지원하는 형식이 아닌 것 같습니다.',
  'errors.file.ragged': '{file} 파일 {line}번째 줄: 필드가 {expected}개여야 하는데 {found}개입니다.',
  'errors.file.encoding': '{file} 파일은 올바른 {encoding} 텍스트가 아닙니다. 다른 인코딩을 선택해 보세요.',
  'errors.file.unsupported': '{file}: “{ext}” 형식은 지원하지 않습니다. CSV, 엑셀(.xlsx), Parquet, JSON 파일을 사용하세요.',
  'errors.file.parse': '{file} 파일을 읽지 못했습니다: {detail}',
  'errors.file.tooLarge': '{file} 파일이 너무 큽니다 ({size}).',
  'errors.file.sheetMissing': '{file} 파일에 “{sheet}” 시트가 없습니다.',
  'errors.file.fetch': '{url}을(를) 내려받지 못했습니다 (상태 {status}).',

  'errors.workbook.json': '{file} 파일은 올바른 JSON이 아닙니다 ({line}번째 줄, {column}번째 칸). 파일이 잘렸을 수 있습니다.',
  'errors.workbook.notWorkbook': '{file} 파일은 Segbook 워크북이 아닙니다.',
  'errors.workbook.invalid': '{file} 파일이 손상되었습니다: {path}: {detail}',
  'errors.workbook.newerVersion': '{file} 파일은 더 새로운 Segbook에서 저장되었습니다 (형식 버전 {version}, 이 버전은 {supported}까지 읽을 수 있음).',
  'errors.workbook.tooLarge': '{file} 파일은 워크북으로 열기에 너무 큽니다 ({size}).',
  'errors.workbook.url': '이 사이트의 워크북만 링크로 열 수 있습니다: {url}',

  'errors.cell.cycle': '셀들이 서로를 순환 참조합니다: {cycle}.',
  'errors.cell.unknownName': '“{name}”이라는 테이블이나 셀이 없습니다.',
  'errors.cell.blocked': '“{upstream}” 셀이 실패했거나 실행되지 않아 기다리는 중입니다.',
  'errors.cell.duplicateName': '“{name}”이라는 이름의 셀이 이미 있습니다.',
  'errors.cell.invalidName': '“{name}”은(는) 쓸 수 없는 이름입니다. 문자, 숫자, _만 쓰고 문자나 _로 시작하세요 (SQL 예약어 제외).',
  'errors.cell.missingSource': '데이터 파일 {file}이(가) 연결되지 않았습니다.',
  'errors.cell.emptySql': '“{name}” 셀에 아직 쿼리가 없습니다.',
  'errors.cell.multipleStatements': '“{name}” 셀에 문장이 {count}개 있습니다. SQL 셀에는 쿼리 하나만 쓸 수 있습니다.',
  'errors.source.mismatch': '연결한 파일 {file}이(가) 저장된 파일과 다릅니다: {diff}.',
};
