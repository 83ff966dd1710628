import { addDuration } from '../calendar/duration.js';
import type { ValidationIssue } from '../model/issues.js';
import type { AgreementRules } from './rules.js';
import { deadlineBinds, termsOf } from './terms.js';

/**
 * What is valid but almost certainly not meant, for `gsomia validate` to warn about: a
 * notice period not shorter than the term it must precede. A notice of one year before a
 * one-year first term would have to arrive before entry into force, so that term cannot be
 * stopped (status and deadlines say so). Only where the deadline binds: a withdrawal, or a
 * notice in an initial term followed by indefinite duration, takes effect late instead.
 * One year's term, one year's notice → [{ path: "termination.notice", message: "… the first term …" }]
 */
export function definitionWarnings(rules: AgreementRules): ValidationIssue[] {
  const terms = termsOf(rules);
  if (rules.initial === null || !deadlineBinds(rules, terms)) return [];
  const warnings: ValidationIssue[] = [];
  const notice = rules.definition.termination.notice;
  if (addDuration(rules.start, rules.notice) >= terms.boundary(1)) {
    const { initial, until } = rules.definition.duration;
    const term = initial ?? `through ${until}`;
    const message = `the notice period ${notice} is not shorter than the first term (${term}): no notice can stop its end`;
    warnings.push({ path: 'termination.notice', message });
  }
  if (rules.renewal !== null && addDuration(terms.boundary(1), rules.notice) >= terms.boundary(2)) {
    const term = rules.definition.duration.renewal;
    const message = `the notice period ${notice} is not shorter than a renewal term (${term}): notice must be given before the term it ends begins`;
    warnings.push({ path: 'termination.notice', message });
  }
  return warnings;
}
