/**
 * Picking a speaker without leaving the keyboard: type-ahead over the roster, roster positions
 * (Ctrl+1…9), and `@name` at the start of an entry.
 */
import type { Attendee, Entry, EntryKind } from './model';

export type Speaker = Pick<Attendee, 'id' | 'name' | 'role'>;

/** "부시장 김종석" / "Deputy Mayor Kim Jong-seok": role first, as minutes write it. */
export function speakerLabel(speaker: Pick<Attendee, 'name' | 'role'>): string {
  return [speaker.role, speaker.name].filter((part) => part.trim() !== '').join(' ');
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

/** An entry with a speaker is a statement; one without is the recorder's note. */
export function entryKind({ speakerId, speakerName }: Pick<Entry, 'speakerId' | 'speakerName'>): EntryKind {
  return speakerId || speakerName ? 'statement' : 'note';
}
