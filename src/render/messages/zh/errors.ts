import type { ErrorMessages } from '../errors.js';

// The CLI's errors in Chinese (simplified), by code (../errors.ts). A definition file's
// field problems stay English: they name the file's fields, which are English.

const REASONS: Record<string, string> = {
  ENOENT: '文件不存在',
  EACCES: '没有读取权限',
  EISDIR: '是一个目录',
  TOO_LARGE: '超过5 MiB的上限',
};

export const errors: ErrorMessages = {
  INVALID_DATE: (p) => `${p.what.replace(/ date$/, '')}的日期${p.value}无效：请以YYYY-MM-DD给出0001至9999年间实际存在的日期`,
  INVALID_DURATION: (p) => `${p.what.replace(/ duration$/, '')}的期间${p.value}无效：请给出P90D、P6M、P1Y、P1Y6M这样的ISO 8601日期期间`,
  INVALID_TIME_ZONE: (p) => `--tz的时区${p.value}无效：请给出Asia/Tokyo或UTC这样的IANA时区`,
  UNKNOWN_AGREEMENT: (p) => `找不到协定${p.value}（gsomia list可列出全部协定）`,
  UNKNOWN_PARTY: (p) =>
    p.agreement === undefined
      ? `目录中没有任何协定列有缔约方${p.party}`
      : `${p.party}不是${p.agreement}的缔约方：其缔约方为${p.parties ?? ''}`,
  INVALID_ASSUMPTION: (p) =>
    p.event === undefined
      ? `无法解析--assume ${p.value}：请按 类型:YYYY-MM-DD[:缔约方] 给出（例如notice:2020-08-24:KR）`
      : `--assume ${p.value}与文件的events[${p.event}]相矛盾`,
  INVALID_KIND: (p) => `--kind ${p.value}无效：可用种类为${p.kinds}`,
  CONFLICTING_OPTIONS: (p) => (p.only === undefined ? `${p.a}和${p.b ?? ''}不能同时给出` : `${p.a}只适用于${p.only}`),
  INVALID_WIDTH: (p) => `--width ${p.value}无效：请给出${p.min}至${p.max}之间的整数列数`,
  UNKNOWN_SHELL: (p) => `未知shell ${p.value}：补全脚本仅支持${p.shells}`,
  BAD_DATA_DIR: (p) => `无法读取目录${p.dir}：${p.reason === 'ENOENT' ? '目录不存在' : p.reason === 'ENOTDIR' ? '不是目录' : p.reason}`,
  DUPLICATE_ID: (p) => `协定ID "${p.id}"被定义了两次：${p.first}和${p.second}`,
  EMPTY_WINDOW: (p) => `区间为空：${p.until}早于${p.from}`,
  UNKNOWN_READING: (p) =>
    p.others === undefined
      ? `${p.agreement}没有解释${p.reading}：该协定只有一种解释`
      : `${p.agreement}没有解释${p.reading}：其解释为${p.main === undefined ? '' : `${p.main}（主要解释）、`}${p.others}`,
  UNREADABLE_FILE: (p) => `无法读取${p.path}：${REASONS[p.reason] ?? p.reason}`,
  INVALID_HOLIDAYS: (p) =>
    p.line === undefined
      ? `节假日文件${p.path}无效（${p.detail ?? ''}）`
      : `节假日文件${p.path}无效：第${p.line}行的${p.value ?? ''}不是实际存在的日期（YYYY-MM-DD）`,
  INVALID_JSON: (p) => `协定文件${p.path}无效：不是有效的JSON`,
  UNKNOWN_OPTION: (p) => `未知选项${p.name}`,
  UNKNOWN_COMMAND: (p) => `未知命令${p.name}`,
  MISSING_ARGUMENT: (p) => `选项${p.name}缺少参数`,
  seeHelp: '（参见gsomia --help）',
  didYouMean: (p) => `（是否要用${p.name}？）`,
  internal: (p) => `内部错误：${p.message}（请连同命令行一起报告）`,
};
