import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Agreement } from '../../src/model/schema.js';
import { catalogueJson } from '../helpers/agreement.js';

const ids = readdirSync(new URL('../../data/', import.meta.url))
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length));

describe('the built-in catalogue', () => {
  it('ships the agreements of the reference list', () => {
    expect(ids).toEqual(
      expect.arrayContaining([
        'gsomia',
        'inf',
        'abm',
        'open-skies',
        'paris',
        'nato',
        'us-japan-security',
        'new-start',
        'japan-korea-fisheries-1965',
        'icsid',
        'russia-ukraine-friendship',
        'japan-us-nuclear',
        'who-constitution',
        'echr',
        'nafta',
        'usmca',
        'korus',
        'canada-korea-fta',
        'japan-korea-fisheries-1998',
        'black-sea-grain',
      ]),
    );
  });

  describe.each(ids)('%s.json', (id) => {
    const json = catalogueJson(id) as Record<string, unknown>;

    it('is accepted by the schema', () => {
      const result = Agreement.safeParse(json);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    });

    it('is named after its id and points at the JSON Schema', () => {
      expect(json.id).toBe(id);
      expect(json.$schema).toBe('../schema/agreement.schema.json');
    });

    it('quotes its clause and names a source for its facts', () => {
      expect(typeof json.clause).toBe('string');
      const sources = json.sources as { title: string }[];
      expect(sources.length).toBeGreaterThan(1);
      for (const source of sources) expect(source.title.length).toBeGreaterThan(0);
    });

    it('names no web host', () => {
      expect(JSON.stringify(json)).not.toMatch(/https?:\/\/|www\.|\.(com|org|gov|int|net)\b/i);
    });
  });
});
