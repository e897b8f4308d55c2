/**
 * Hancom's own document model as the judge of a .hwpx (scripts/owpml.mjs runs
 * ../shared/tools/owpml-check; `npm test` builds it first, once per machine).
 */
// @ts-expect-error: a plain ES module of the project's scripts, without type declarations.
import { owpmlCheck as check } from '../scripts/owpml.mjs';

export interface OwpmlResult {
  /** The checker's exit 0: Hancom's model loaded the file and knew every element. */
  pass: boolean;
  status: number | null;
  /** What it printed: what it rejected, or did not know. */
  output: string;
}

export const owpmlCheck: (file: string) => OwpmlResult = check;
