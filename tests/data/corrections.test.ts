import { describe, expect, it } from 'vitest';
import { catalogueJson } from '../helpers/agreement.js';

interface File {
  note: string;
  events: { type: string; note?: string }[];
  sources: { title: string; note?: string }[];
}

const file = (id: string) => catalogueJson(id) as File;
const titles = (id: string) => file(id).sources.map((s) => s.title);

// The attributions below are the corrections of the second reference set: which report
// says what, and which facts no stored source confirms.
describe('GSOMIA attributions (reference, second set: corrections)', () => {
  it('credits the same-day entry into force to Kyodo 2016-11-23, the Ministry of Defense with the signature only', () => {
    const { note, sources } = file('gsomia');
    expect(note).toContain('It will go into effect immediately as it does not require parliamentary ratification');
    expect(note).toContain('Kyodo 2016-11-23');
    const defense = sources.find((s) => s.title === 'Japan Ministry of Defense, 2016-11-23');
    expect(defense?.note).toBe('Announces the signature of 2016-11-23 only.');
  });

  it('credits "conditionally" and "six hours" to Yonhap 2019-11-22, and "just hours before" to Asahi', () => {
    const suspension = file('gsomia').events.find((e) => e.type === 'suspension');
    expect(suspension?.note).toContain('"conditionally"');
    expect(suspension?.note).toContain('six hours');
    expect(suspension?.note).toContain('Yonhap 2019-11-22');
    expect(suspension?.note).not.toContain('Asahi');
    expect(file('gsomia').note).toContain('Asahi (2019-11-22) says "just hours before"');
  });

  it('says the 2023-03-21 letter withdrew both 2019 notes, from the Korea Herald and Asahi', () => {
    expect(file('gsomia').note).toContain('withdrew both 2019 notes, the notice and the suspension');
    expect(titles('gsomia')).toEqual(expect.arrayContaining(['Korea Herald, 2023-03-21', 'Asahi Shimbun, 2023-03-21']));
  });

  it('keeps the 90-day arithmetic as the file\'s own, Xinhua giving only "Aug. 24"', () => {
    expect(file('gsomia').note).toContain("is ours, not Xinhua's");
  });
});

describe('Japan–Korea Fisheries 1965 attributions (reference, second set: corrections)', () => {
  it('dates the new agreement 1999-01-22 from the Fisheries Agency and Hankook Ilbo 1999-01-21', () => {
    const { note } = file('japan-korea-fisheries-1965');
    expect(note).toContain('1999-01-22 in the Japanese Fisheries Agency text and in Hankook Ilbo of 1999-01-21');
    expect(titles('japan-korea-fisheries-1965')).toContain('Hankook Ilbo, 1999-01-21');
  });

  it('gives 1999-01-23 to a 1999 journal article, not to a newspaper', () => {
    expect(file('japan-korea-fisheries-1965').note).toContain('1999-01-23 in a 1999 Korean journal article, not a newspaper');
    expect(titles('japan-korea-fisheries-1965')).not.toContain('Korean newspaper report');
  });
});

describe('facts no stored source confirms are marked unverified (reference, second set)', () => {
  it.each([
    ['new-start', 'three-month withdrawal period'],
    ['open-skies', '"at least six months" wording'],
    ['japan-korea-fisheries-1965', 'five-year first term'],
    ['us-japan-security', 'English wording of Article X'],
  ])('%s says its %s is unverified', (id, fact) => {
    const { note } = file(id);
    expect(note).toContain(fact);
    expect(note).toMatch(/unverified/);
  });
});
