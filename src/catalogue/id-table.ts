/**
 * The ids a catalogue scan has seen, kept as 52-bit hashes in one typed array. A Map of
 * 100,000 id strings is what made a 100,000-file scan need half again the memory of a
 * 10,000-file one: the collector copies and promotes every live string, while a typed
 * array is one block it never walks. A hash only says "maybe seen": the caller confirms.
 */
export class IdTable {
  private hashes = new Float64Array(1 << 10);
  private size = 0;

  /** Records `id`; true when an id with the same hash was recorded before (the same id, or a rare collision). */
  add(id: string): boolean {
    if ((this.size + 1) * 2 > this.hashes.length) this.grow();
    const stored = hashOf(id) + 1; // 0 marks an empty slot
    const slot = slotFor(this.hashes, stored);
    if (this.hashes[slot] === stored) return true;
    this.hashes[slot] = stored;
    this.size += 1;
    return false;
  }

  private grow(): void {
    const old = this.hashes;
    const table = new Float64Array(old.length * 2);
    for (let i = 0; i < old.length; i += 1) {
      const stored = old[i] as number;
      if (stored !== 0) table[slotFor(table, stored)] = stored;
    }
    this.hashes = table;
  }
}

/** The slot of `table` that holds `stored`, or the empty one where it goes (linear probing; the table is never full). */
function slotFor(table: Float64Array, stored: number): number {
  const mask = table.length - 1;
  let slot = (stored - 1) % table.length;
  while (table[slot] !== 0 && table[slot] !== stored) slot = (slot + 1) & mask;
  return slot;
}

/**
 * Two independent 32-bit hashes of the id (FNV-1a, and a multiply-rotate hash with
 * another constant), each finished with murmur3's avalanche, 26 bits of each side by
 * side: 0 ≤ hashOf(id) < 2^52, so 100,000 ids collide with a chance of about 1 in 10^6.
 */
export function hashOf(id: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < id.length; i += 1) {
    const unit = id.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ Math.imul(unit, 0xcc9e2d51), 0x1b873593);
    b = (b << 13) | (b >>> 19);
  }
  return (avalanche(a) >>> 6) * 0x4000000 + (avalanche(b ^ id.length) >>> 6);
}

/** murmur3's fmix32: every input bit moves every output bit. */
function avalanche(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}
