import type { ErrorMessages } from '../errors.js';

// The CLI's errors in Korean, by code (../errors.ts). A definition file's field problems
// stay English: they name the file's fields, which are English.

const REASONS: Record<string, string> = {
  ENOENT: '파일이 없음',
  EACCES: '읽기 권한이 없음',
  EISDIR: '디렉터리임',
  TOO_LARGE: '5 MiB 한도를 넘음',
};

export const errors: ErrorMessages = {
  INVALID_DATE: (p) => `${p.what.replace(/ date$/, '')} 날짜 ${p.value}이(가) 잘못됨: 0001~9999년의 실제 날짜를 YYYY-MM-DD로 지정`,
  INVALID_DURATION: (p) =>
    `${p.what.replace(/ duration$/, '')} 기간 ${p.value}이(가) 잘못됨: P90D, P6M, P1Y, P1Y6M 같은 ISO 8601 날짜 단위 기간을 지정`,
  INVALID_TIME_ZONE: (p) => `--tz 시간대 ${p.value}이(가) 잘못됨: Asia/Tokyo나 UTC 같은 IANA 시간대를 지정`,
  UNKNOWN_AGREEMENT: (p) => `협정 ${p.value}을(를) 찾을 수 없음 (gsomia list로 목록 확인)`,
  UNKNOWN_PARTY: (p) =>
    p.agreement === undefined
      ? `당사국 ${p.party}은(는) 카탈로그의 어느 협정에도 없음`
      : `당사국 ${p.party}은(는) ${p.agreement}의 당사국이 아님: 당사국은 ${p.parties ?? ''}`,
  INVALID_ASSUMPTION: (p) =>
    p.event === undefined
      ? `--assume ${p.value}을(를) 해석할 수 없음: 종류:YYYY-MM-DD[:당사국] 형식으로 지정 (예: notice:2020-08-24:KR)`
      : `--assume ${p.value}이(가) 파일의 events[${p.event}]와 모순됨`,
  INVALID_KIND: (p) => `--kind ${p.value}이(가) 잘못됨: 종류는 ${p.kinds}`,
  CONFLICTING_OPTIONS: (p) =>
    p.only === undefined ? `${p.a}와(과) ${p.b ?? ''}은(는) 함께 지정할 수 없음` : `${p.a}은(는) ${p.only}에서만 사용 가능`,
  INVALID_WIDTH: (p) => `--width ${p.value}이(가) 잘못됨: ${p.min}~${p.max}의 정수 열 수를 지정`,
  UNKNOWN_SHELL: (p) => `알 수 없는 셸 ${p.value}: 완성 스크립트는 ${p.shells}용만 있음`,
  BAD_DATA_DIR: (p) =>
    `카탈로그 ${p.dir}을(를) 읽을 수 없음: ${p.reason === 'ENOENT' ? '디렉터리가 없음' : p.reason === 'ENOTDIR' ? '디렉터리가 아님' : p.reason}`,
  DUPLICATE_ID: (p) => `협정 ID "${p.id}"이(가) 두 번 정의됨: ${p.first}, ${p.second}`,
  EMPTY_WINDOW: (p) => `기간이 비어 있음: ${p.until}이(가) ${p.from}보다 앞섬`,
  UNKNOWN_READING: (p) =>
    p.others === undefined
      ? `${p.agreement}에는 해석 ${p.reading}이(가) 없다: 이 협정의 해석은 하나뿐이다`
      : `${p.agreement}에는 해석 ${p.reading}이(가) 없다: 해석은 ${p.main === undefined ? '' : `${p.main} (주된 해석), `}${p.others}`,
  UNREADABLE_FILE: (p) => `${p.path}을(를) 읽을 수 없음: ${REASONS[p.reason] ?? p.reason}`,
  INVALID_HOLIDAYS: (p) =>
    p.line === undefined
      ? `휴일 파일 ${p.path}이(가) 잘못됨 (${p.detail ?? ''})`
      : `휴일 파일 ${p.path}이(가) 잘못됨: ${p.line}번째 줄의 ${p.value ?? ''}은(는) 실제 날짜(YYYY-MM-DD)가 아님`,
  INVALID_JSON: (p) => `협정 파일 ${p.path}이(가) 잘못됨: 올바른 JSON이 아님`,
  UNKNOWN_OPTION: (p) => `알 수 없는 옵션 ${p.name}`,
  UNKNOWN_COMMAND: (p) => `알 수 없는 명령 ${p.name}`,
  MISSING_ARGUMENT: (p) => `옵션 ${p.name}에 값이 없음`,
  seeHelp: ' (gsomia --help 참조)',
  didYouMean: (p) => ` (${p.name}을(를) 의도했나요?)`,
  internal: (p) => `내부 오류: ${p.message} (명령줄과 함께 신고해 주세요)`,
};
