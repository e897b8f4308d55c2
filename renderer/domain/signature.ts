/**
 * The signature block of the minutes, by the body's practice: the recorder's and the approver's
 * lines (작성자 / 확인자, what minutes made before the choice existed print), lines for the members
 * chosen to sign (서명위원, usually two), or a 결재란, a row of boxes under headings (담당, 팀장,
 * 과장). Each meeting keeps its own choice; a body's new meeting takes it from the body's latest
 * one (data/meetings.ts), so the recorder makes it once per body.
 *
 * The signers and the box headings are kept when another style is chosen, so that going back to a
 * style gives back what was set for it.
 */
import type { Meeting, Signature, SignatureStyle } from './model';

/** As many as the schema allows. */
export const MAX_SIGNERS = 10;
export const MAX_BOXES = 10;

export const DEFAULT_SIGNATURE: Signature = { style: 'recorderApprover', signerIds: [], boxes: [] };

export function signatureOf(meeting: Pick<Meeting, 'signature'>): Signature {
  return meeting.signature ?? DEFAULT_SIGNATURE;
}

/** Another style; a 결재란 chosen with no boxes yet starts from `defaultBoxes`. */
export function withStyle(signature: Signature, style: SignatureStyle, defaultBoxes: readonly string[]): Signature {
  const boxes =
    style === 'approvalBox' && signature.boxes.length === 0 ? defaultBoxes.slice(0, MAX_BOXES) : signature.boxes;
  return { ...signature, style, boxes };
}

/**
 * The signer at `slot` (a slot past the last adds one at the end); null takes the slot away. A
 * person signs once: chosen for another slot too, they leave that one.
 */
export function withSigner(signature: Signature, slot: number, attendeeId: string | null): Signature {
  const ids = [...signature.signerIds];
  const at = Math.min(slot, ids.length);
  if (attendeeId === null) ids.splice(at, 1);
  else ids.splice(at, 1, attendeeId);
  return { ...signature, signerIds: ids.filter((id, i) => id !== attendeeId || i === at).slice(0, MAX_SIGNERS) };
}

/** The heading of box `index` (one past the last adds a box). */
export function withBox(signature: Signature, index: number, heading: string): Signature {
  const boxes = [...signature.boxes];
  boxes.splice(index, 1, heading);
  return { ...signature, boxes: boxes.slice(0, MAX_BOXES) };
}

/** Box `index` taken away. */
export function withoutBox(signature: Signature, index: number): Signature {
  return { ...signature, boxes: signature.boxes.filter((_, i) => i !== index) };
}

/** A box put back at `index` (the undo of withoutBox). */
export function withBoxAt(signature: Signature, index: number, heading: string): Signature {
  const boxes = [...signature.boxes];
  boxes.splice(index, 0, heading);
  return { ...signature, boxes: boxes.slice(0, MAX_BOXES) };
}

/**
 * The choice carried to a meeting with a roster of its own (the body's next meeting): signers are
 * the copies of the same people, dropped where there is none.
 */
export function carriedSignature(signature: Signature, copyOf: (attendeeId: string) => string | null): Signature {
  return { ...signature, signerIds: signature.signerIds.flatMap((id) => copyOf(id) ?? []) };
}
