import type { PlannedEvent } from './planned-event.js';
import type { AgreementRules } from './rules.js';

const NONE: ReadonlySet<string> = new Set();

/**
 * The parties of a multilateral agreement that joined after entry into force: those whose
 * first act in the record is an accession (a party whose first act is a notice was in from
 * S). Paris, US: notice 2019-11-04, accession 2021-02-19 → not among them.
 */
export function partiesJoiningLater(rules: AgreementRules): ReadonlySet<string> {
  // A bilateral agreement has no one joining, and most records hold no accession.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the loop below finds no one then either; the test is speed only
  if (!rules.multilateral || !rules.events.some((event) => event.type === 'accession')) return NONE;
  const firstActs = new Map<string, PlannedEvent['type']>();
  for (const event of rules.events) {
    if (event.party !== null && (event.type === 'notice' || event.type === 'accession') && !firstActs.has(event.party)) {
      firstActs.set(event.party, event.type);
    }
  }
  return new Set(rules.parties.filter((party) => firstActs.get(party) === 'accession'));
}
