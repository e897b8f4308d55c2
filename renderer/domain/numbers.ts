/**
 * Counts typed into number inputs (minutes planned for an item, votes for and against). The input
 * holds text, and may hold anything a browser lets through: what is not a count is no value
 * (null), and a count is capped so that a slip of the finger cannot put an absurd number in the
 * minutes.
 */

/** The whole number at the start of `text` (as parseInt reads it), capped at `max`; null if none or negative. */
export function parseCount(text: string, max: number): number | null {
  const n = Number.parseInt(text, 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, max) : null;
}
