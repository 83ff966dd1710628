import { describe, expect, it } from 'vitest';
import { quoted } from '../../src/errors.js';
import { nearest } from '../../src/model/issue-messages.js';
import { problemsOf } from '../helpers/agreement.js';

const valid = {
  entryIntoForce: '2020-01-01',
  duration: { initial: 'P1Y', then: 'renew', renewal: 'P1Y' },
  termination: { notice: 'P90D', effect: 'end-of-term' },
};

describe('messages a person can act on', () => {
  it('calls a missing field missing, with what it expects', () => {
    expect(problemsOf({ ...valid, title: undefined })).toContainEqual({ path: ['title'], message: 'missing (expected a string)' });
    expect(problemsOf({ ...valid, termination: { notice: 'P90D' } })).toContainEqual({
      path: ['termination', 'effect'],
      message: 'missing (expected one of "end-of-term", "after-notice")',
    });
  });

  it('suggests the known key nearest to an unknown one', () => {
    expect(problemsOf({ ...valid, termination: { notice: 'P90D', effect: 'end-of-term', earlist: '2021-01-01' } })).toEqual([
      { path: ['termination'], message: 'unknown key "earlist" (did you mean "earliest"?)' },
    ]);
    expect(problemsOf({ ...valid, EntryIntoForce: '2020-01-01' })).toContainEqual({
      path: [],
      message: 'unknown key "EntryIntoForce" (did you mean "entryIntoForce"?)',
    });
  });

  it('suggests nothing when no known key is near, and lists several unknown keys', () => {
    expect(problemsOf({ ...valid, colour: 'red' })).toEqual([{ path: [], message: 'unknown key "colour"' }]);
    expect(problemsOf({ ...valid, colour: 'red', size: 1 })).toEqual([{ path: [], message: 'unknown keys "colour", "size"' }]);
  });

  it('cuts a huge bad value short', () => {
    const [problem] = problemsOf({ ...valid, entryIntoForce: '9'.repeat(3000) });
    expect(problem?.path).toEqual(['entryIntoForce']);
    expect(problem?.message).toContain('(3000 characters)');
    expect(problem?.message.length).toBeLessThan(160);
  });
});

describe('quoted', () => {
  it('repeats a short value in full and cuts a long one, saying how long it was', () => {
    expect(quoted('2020-13-01')).toBe('"2020-13-01"');
    expect(quoted(42)).toBe('42');
    expect(quoted('x'.repeat(38))).toBe(`"${'x'.repeat(38)}"`);
    const long = quoted(`${'a'.repeat(100)}${'z'.repeat(100)}`);
    expect(long).toBe(`"${'a'.repeat(27)}…${'z'.repeat(7)}" (200 characters)`);
    expect(quoted({ list: 'q'.repeat(50) })).toMatch(/ \(61 characters as JSON\)$/);
  });
});

describe('nearest', () => {
  it('allows one edit in three characters, and ignores case', () => {
    expect(nearest('efect', ['notice', 'effect', 'lapse'])).toBe('effect');
    expect(nearest('NOTICE', ['notice'])).toBe('notice');
    expect(nearest('lpse', ['lapse'])).toBe('lapse');
    expect(nearest('ab', ['abc'])).toBe('abc');
    expect(nearest('abcd', ['wxyz'])).toBeNull();
    expect(nearest('colour', ['notice', 'effect'])).toBeNull();
  });
});
