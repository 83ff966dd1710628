import type { ErrorMessages } from '../errors.js';

// The CLI's errors in Japanese, by code (../errors.ts). A definition file's field problems
// stay English: they name the file's fields, which are English.

const REASONS: Record<string, string> = {
  ENOENT: 'ファイルがない',
  EACCES: '読み取りの権限がない',
  EISDIR: 'ディレクトリである',
  TOO_LARGE: '5 MiBの上限を超えている',
};

export const errors: ErrorMessages = {
  INVALID_DATE: (p) => `${p.what.replace(/ date$/, '')}の日付${p.value}が無効：0001～9999年の実在する日付をYYYY-MM-DDで指定する`,
  INVALID_DURATION: (p) =>
    `${p.what.replace(/ duration$/, '')}の期間${p.value}が無効：P90D、P6M、P1Y、P1Y6MのようなISO 8601の日単位の期間を指定する`,
  INVALID_TIME_ZONE: (p) => `--tzのタイムゾーン${p.value}が無効：Asia/TokyoやUTCのようなIANAのタイムゾーンを指定する`,
  UNKNOWN_AGREEMENT: (p) => `協定${p.value}が見つからない（gsomia listで一覧を表示できる）`,
  UNKNOWN_PARTY: (p) =>
    p.agreement === undefined
      ? `締約国${p.party}はカタログのどの協定にもない`
      : `締約国${p.party}は${p.agreement}の締約国ではない：締約国は${p.parties ?? ''}`,
  INVALID_ASSUMPTION: (p) =>
    p.event === undefined
      ? `--assume ${p.value}を解釈できない：種類:YYYY-MM-DD[:締約国]の形で指定する（例 notice:2020-08-24:KR）`
      : `--assume ${p.value}はファイルのevents[${p.event}]と矛盾する`,
  INVALID_KIND: (p) => `--kind ${p.value}が無効：種類は${p.kinds}`,
  CONFLICTING_OPTIONS: (p) => (p.only === undefined ? `${p.a}と${p.b ?? ''}は同時に指定できない` : `${p.a}は${p.only}でのみ使える`),
  INVALID_WIDTH: (p) => `--width ${p.value}が無効：${p.min}～${p.max}の整数の桁数を指定する`,
  UNKNOWN_SHELL: (p) => `不明なシェル${p.value}：補完スクリプトがあるのは${p.shells}`,
  BAD_DATA_DIR: (p) =>
    `カタログ${p.dir}を読めない：${p.reason === 'ENOENT' ? 'ディレクトリがない' : p.reason === 'ENOTDIR' ? 'ディレクトリではない' : p.reason}`,
  DUPLICATE_ID: (p) => `協定ID "${p.id}"が二重に定義されている：${p.first}と${p.second}`,
  EMPTY_WINDOW: (p) => `期間が空：${p.until}は${p.from}より前`,
  UNKNOWN_READING: (p) =>
    p.others === undefined
      ? `${p.agreement}に解釈${p.reading}はない：この協定には解釈が一つしかない`
      : `${p.agreement}に解釈${p.reading}はない：解釈は${p.main === undefined ? '' : `${p.main}（主たる解釈）、`}${p.others}`,
  UNREADABLE_FILE: (p) => `${p.path}を読めない：${REASONS[p.reason] ?? p.reason}`,
  INVALID_HOLIDAYS: (p) =>
    p.line === undefined
      ? `休日ファイル${p.path}が無効（${p.detail ?? ''}）`
      : `休日ファイル${p.path}が無効：${p.line}行目の${p.value ?? ''}は実在する日付（YYYY-MM-DD）ではない`,
  INVALID_JSON: (p) => `協定ファイル${p.path}が無効：正しいJSONではない`,
  UNKNOWN_OPTION: (p) => `不明なオプション${p.name}`,
  UNKNOWN_COMMAND: (p) => `不明なコマンド${p.name}`,
  MISSING_ARGUMENT: (p) => `オプション${p.name}に値がない`,
  seeHelp: '（gsomia --helpを参照）',
  didYouMean: (p) => `（${p.name}のことか）`,
  internal: (p) => `内部エラー：${p.message}（コマンドラインを添えて報告してください）`,
};
