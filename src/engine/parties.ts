import type { CompiledAgreement } from './compiled-agreement.js';

/**
 * The agreement's own spelling of a party code given in any case, or null when it lists no
 * such party: listedParty(paris, 'us') → 'US'.
 */
export function listedParty(agreement: CompiledAgreement, party: string): string | null {
  if (agreement.parties.includes(party)) return party;
  return agreement.parties.find((code) => code.toLowerCase() === party.toLowerCase()) ?? null;
}
