/**
 * Picking a speaker without leaving the keyboard: type-ahead over the roster, quick keys
 * (Ctrl+1…9), and `@name` at the start of an entry.
 *
 * The quick keys go to the people who speak most, not to the first rows of the roster: by default
 * the chair, then the presenters of the agenda items (often officials listed last), then the
 * roster in order. The recorder can pin someone to a digit; pinning keeps every other key where
 * it is, so that nothing moves under the recorder's fingers.
 */
import type { AgendaItem, Attendee, Entry, EntryKind } from './model';

export type Speaker = Pick<Attendee, 'id' | 'name' | 'role'>;

/** "부시장 김종석" / "Deputy Mayor Kim Jong-seok": role first, as minutes write it. */
export function speakerLabel(speaker: Pick<Attendee, 'name' | 'role'>): string {
  return [speaker.role, speaker.name].filter((part) => part.trim() !== '').join(' ');
}

/**
 * A speaker as a short list shows them (the quick keys under the Speaker field): the name alone,
 * unless it is empty or someone else on the roster has it too.
 */
export function shortSpeakerLabel(speaker: Speaker, roster: readonly Speaker[]): string {
  const name = speaker.name.trim();
  const shared = roster.some((other) => other.id !== speaker.id && other.name.trim() === name);
  return name && !shared ? name : speakerLabel(speaker);
}

function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase().trim();
}

/** Roster members matching what was typed, best first: name prefix, role prefix, then anywhere. */
export function matchSpeakers<T extends Speaker>(query: string, roster: readonly T[], limit = 8): T[] {
  const q = fold(query);
  if (!q) return roster.slice(0, limit);
  const rank = (speaker: T): number => {
    const name = fold(speaker.name);
    const role = fold(speaker.role);
    if (name === q) return 0;
    if (name.startsWith(q)) return 1;
    if (role.startsWith(q)) return 2;
    if (name.includes(q) || role.includes(q) || fold(speakerLabel(speaker)).includes(q)) return 3;
    return -1;
  };
  return roster
    .map((speaker, index) => ({ speaker, index, rank: rank(speaker) }))
    .filter((match) => match.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, limit)
    .map((match) => match.speaker);
}

/**
 * `@김종석 민관협력이…` → the speaker 김종석 and the text without the mention. The mention is a
 * name, a unique name prefix, or a unique role (`@부시장`); anything else is left as typed.
 */
export function parseMention<T extends Speaker>(
  text: string,
  roster: readonly T[],
): { speaker: T; text: string } | null {
  const match = /^@(\S+?)[:：]?(?:\s+|$)/u.exec(text);
  if (!match?.[1]) return null;
  const token = fold(match[1]);
  const exact = roster.filter((s) => fold(s.name) === token);
  const byRole = roster.filter((s) => fold(s.role) === token);
  const byPrefix = roster.filter((s) => fold(s.name).startsWith(token));
  const speaker =
    exact.length === 1 ? exact[0] : byRole.length === 1 ? byRole[0] : byPrefix.length === 1 ? byPrefix[0] : undefined;
  return speaker ? { speaker, text: text.slice(match[0].length) } : null;
}

/** How many quick keys there are: Ctrl+1…9 (Ctrl+0 is "no speaker"). */
export const QUICK_KEY_COUNT = 9;

/**
 * The pinned attendee ids of a meeting, index 0 for Ctrl+1; null (or a missing index, or the id
 * of someone no longer on the roster) leaves the digit to the default order.
 */
export type SpeakerPins = readonly (string | null)[];

/**
 * A role that chairs the meeting: 위원장, 공동위원장, 의장, 회장, 이사장, 좌장 as the role's last
 * word (대표협의체 공동위원장; 위원장 직무대리 too), or Chair, Co-chair, Chairperson… Not a
 * vice-chair (부위원장, Vice Chair), nor the head of something else (행정복지위원장, 새마을부녀회장).
 */
export function isChairRole(role: string): boolean {
  const words = fold(role)
    .replace(/\s*직무\s*(대리|대행)$/u, '')
    .split(/\s+/u);
  const last = words[words.length - 1] ?? '';
  if (/^(공동)?(위원장|의장|회장|이사장|좌장)$/u.test(last)) return true;
  const english = words.join(' ');
  return /\b(co-?)?chair(man|woman|person)?\b/u.test(english) && !/\b(vice|deputy)\b/u.test(english);
}

/**
 * The roster members an agenda item's presenter text names: "정수민", "복지정책과장 정수민",
 * "복지정책과장" (a role held by one person only), "정수민, 오현우". Text that names nobody (an
 * outside presenter) gives none.
 */
export function presentersOf<T extends Speaker>(presenter: string, roster: readonly T[]): T[] {
  const found: T[] = [];
  for (const part of presenter.split(/[,，、/·;]|\s+(?:및|and|&)\s+/u)) {
    const text = fold(part);
    if (!text) continue;
    const byRole = roster.filter((s) => fold(s.role) === text);
    const person =
      roster.find((s) => fold(s.name) === text || fold(speakerLabel(s)) === text) ??
      (byRole.length === 1 ? byRole[0] : undefined) ??
      // "복지정책과장 정수민 (발표)": the longest roster name the text holds.
      roster
        .filter((s) => fold(s.name).length >= 2 && text.includes(fold(s.name)))
        .sort((a, b) => b.name.length - a.name.length)[0];
    if (person && !found.includes(person)) found.push(person);
  }
  return found;
}

/**
 * Who gets Ctrl+1…9 when nothing is pinned: the meeting's chair and whoever else holds a chairing
 * role (a co-chair; the only way to find the chair when none is chosen), then the presenters of
 * the agenda items in agenda order, then the rest of the roster in order.
 */
export function defaultQuickSpeakers<T extends Speaker>(
  roster: readonly T[],
  chairId: string | null,
  agenda: readonly Pick<AgendaItem, 'presenter'>[],
): T[] {
  const chair = roster.find((s) => s.id === chairId);
  const ordered = [
    ...(chair ? [chair] : []),
    ...roster.filter((s) => isChairRole(s.role)),
    ...agenda.flatMap((item) => presentersOf(item.presenter, roster)),
    ...roster,
  ];
  return [...new Set(ordered)].slice(0, QUICK_KEY_COUNT);
}

/**
 * The speaker of each quick key, index 0 for Ctrl+1 (null: the key gives nobody): the pinned ones
 * on their digits, the default order on the others.
 */
export function quickSpeakers<T extends Speaker>(
  roster: readonly T[],
  chairId: string | null,
  agenda: readonly Pick<AgendaItem, 'presenter'>[],
  pins: SpeakerPins = [],
): (T | null)[] {
  const keys: (T | null)[] = Array.from({ length: QUICK_KEY_COUNT }, (_, index) => {
    const pinned = pins[index];
    return roster.find((s) => s.id === pinned) ?? null;
  });
  // A person pinned to two digits (an old pin left behind) keeps the first.
  keys.forEach((speaker, index) => {
    if (speaker && keys.indexOf(speaker) !== index) keys[index] = null;
  });
  const rest = defaultQuickSpeakers(
    roster.filter((s) => !keys.includes(s)),
    chairId,
    agenda,
  );
  return keys.map((speaker) => speaker ?? rest.shift() ?? null);
}

/**
 * The pins after Ctrl+Shift+digit: the quick keys as they are now, all of them pinned, with
 * `speakerId` on `digit` (1…9) and whoever held that digit on the one the speaker leaves (if any):
 * no other key moves under the recorder's fingers, now or when the roster or agenda changes later.
 * With no speaker from the roster (`null`), the digit goes back to the default order.
 */
export function pinSpeaker(
  current: readonly (Speaker | null)[],
  digit: number,
  speakerId: string | null,
): (string | null)[] {
  const next = Array.from({ length: QUICK_KEY_COUNT }, (_, i) => current[i]?.id ?? null);
  const index = digit - 1;
  if (index < 0 || index >= QUICK_KEY_COUNT) return next;
  const from = speakerId === null ? -1 : next.indexOf(speakerId);
  if (from >= 0) next[from] = next[index] ?? null;
  next[index] = speakerId;
  return next;
}

/** An entry with a speaker is a statement; one without is the recorder's note. */
export function entryKind({ speakerId, speakerName }: Pick<Entry, 'speakerId' | 'speakerName'>): EntryKind {
  return speakerId || speakerName ? 'statement' : 'note';
}
