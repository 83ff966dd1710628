import { Option } from '@commander-js/extra-typings';

/** `--assume TYPE:DATE[:PARTY]`, repeatable: every value given, in order. */
export function assumeOption() {
  return new Option(
    '--assume <event>',
    'answer as if this event were in the file: TYPE:DATE[:PARTY], e.g. notice:2026-08-24:KR (repeatable)',
  ).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
}
