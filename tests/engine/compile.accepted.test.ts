import { describe, expect, it } from 'vitest';
import { compile, compileAccepted, compileValid } from '../../src/engine/compile.js';
import { compiledFrom } from '../../src/engine/validate.js';
import { definitionWarnings } from '../../src/engine/warnings.js';
import { isGsomiaError } from '../../src/errors.js';
import { Agreement } from '../../src/model/schema.js';
import { compiledOf, type DefinitionFields, definition } from '../helpers/agreement.js';

// A notice retracted before it was given: the events contradict each other, which the
// format alone cannot see (the compile step does, by the event's path).
const contradictory = definition({ events: [{ type: 'retraction', date: '2017-01-01', party: 'AA' }] });

describe('compileAccepted: the fast path, with no zod', () => {
  it('compiles a plainly valid file', () => {
    expect(compileAccepted(definition())?.id).toBe('synthetic');
  });

  it('leaves an unusual file (here an unknown key) to the full validation', () => {
    expect(compileAccepted({ ...definition(), colour: 'red' })).toBeNull();
  });

  it('leaves a file whose events contradict each other to the full validation, to word', () => {
    expect(compileAccepted(contradictory)).toBeNull();
    expect(compile(validOrThrow(contradictory)).ok).toBe(false);
  });
});

describe('compileValid: a contradiction in a known-valid definition is a bug', () => {
  it('throws naming the id, the path and the message', () => {
    expect(() => compileValid(validOrThrow(contradictory))).toThrow(/^synthetic: events\[0\]\.\w+: .+/);
  });
});

describe('compiledFrom: one error line naming the file and its first problem', () => {
  it('returns the compiled agreement of a valid file', () => {
    expect(compiledFrom(definition(), 'a.json').id).toBe('synthetic');
  });

  it('throws INVALID_DEFINITION with the first problem by path, and how many more', () => {
    const caught = caughtFrom({ ...definition(), title: 7, entryIntoForce: 'soon' }, 'b.json');
    expect(caught.code).toBe('INVALID_DEFINITION');
    expect(caught.message).toMatch(/^invalid agreement file b\.json: title: .+ \(and 1 more; see gsomia validate b\.json\)$/);
  });

  it('says no "and more" for one problem', () => {
    const caught = caughtFrom({ ...definition(), title: 7 }, 'c.json');
    expect(caught.message).toMatch(/^invalid agreement file c\.json: title: [^(]+$/);
  });

  it('gives a problem of the whole file without a path', () => {
    expect(caughtFrom(['not', 'an', 'object'], 'd.json').message).toBe(
      'invalid agreement file d.json: Invalid input: expected object, received array',
    );
  });
});

describe('definitionWarnings', () => {
  const warnings = (fields: DefinitionFields) => definitionWarnings(compiledOf(fields)).map((w) => `${w.path}: ${w.message}`);

  it('warns when the notice period is not shorter than the first term', () => {
    expect(warnings({ duration: { initial: 'P90D', then: 'renew', renewal: 'P1Y' } })).toEqual([
      'termination.notice: the notice period P90D is not shorter than the first term (P90D): no notice can stop its end',
    ]);
  });

  it('warns when it is not shorter than a renewal term', () => {
    expect(
      warnings({ duration: { initial: 'P1Y', then: 'renew', renewal: 'P3M' }, termination: { notice: 'P3M', effect: 'end-of-term' } }),
    ).toEqual([
      'termination.notice: the notice period P3M is not shorter than a renewal term (P3M): notice must be given before the term it ends begins',
    ]);
  });

  it('does not warn about a period one day shorter, a withdrawal, or an indefinite agreement', () => {
    expect(warnings({ termination: { notice: 'P364D', effect: 'end-of-term' }, entryIntoForce: '2021-01-01' })).toEqual([]);
    expect(warnings({ termination: { notice: 'P2Y', effect: 'after-notice' } })).toEqual([]);
    expect(warnings({ duration: { initial: 'P1Y', then: 'indefinite' }, termination: { notice: 'P2Y', effect: 'end-of-term' } })).toEqual(
      [],
    );
    expect(warnings({ duration: { initial: null, then: 'indefinite' } })).toEqual([]);
    expect(warnings({ duration: { initial: 'P1Y', then: 'expire' }, termination: { notice: 'P6M', effect: 'end-of-term' } })).toEqual([]);
  });
});

/** The file format alone (zod), without the compile step that finds contradictions. */
function validOrThrow(json: unknown): Agreement {
  return Agreement.parse(json);
}

function caughtFrom(json: unknown, source: string): { code: string; message: string } {
  try {
    compiledFrom(json, source);
  } catch (error) {
    if (isGsomiaError(error)) return error;
    throw error;
  }
  throw new Error('expected a GsomiaError');
}
