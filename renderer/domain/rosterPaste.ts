/**
 * Reads a list of attendees pasted in one go: one per line, either `Name, Role` or the columns
 * Name, Role, Affiliation, Group separated by tabs (what a spreadsheet puts on the clipboard).
 * Good lines become attendees; the others come back with the reason, for the recorder to fix.
 */
import type { Group } from './model';

export interface PastedAttendee {
  name: string;
  role: string;
  affiliation: string;
  group: Group;
}

export type PasteRejection = 'noName' | 'tooManyColumns' | 'nameTooLong' | 'unknownGroup';

export interface PasteResult {
  attendees: PastedAttendee[];
  rejected: { lineNumber: number; line: string; reason: PasteRejection }[];
}

export const MAX_NAME_LENGTH = 100;

const GROUP_WORDS: Record<string, Group> = {
  member: 'member',
  members: 'member',
  위원: 'member',
  회원: 'member',
  official: 'official',
  officials: 'official',
  공무원: 'official',
  '관계 공무원': 'official',
  관계공무원: 'official',
  배석: 'official',
  guest: 'guest',
  guests: 'guest',
  참관: 'guest',
  참관인: 'guest',
  내빈: 'guest',
};

const HEADER_WORDS = new Set(['name', '이름', '성명']);

export function parseGroup(word: string): Group | null {
  if (word === '') return 'member';
  return GROUP_WORDS[word.toLowerCase()] ?? null;
}

function rejection(cells: string[], name: string, groupWord: string): PasteRejection | null {
  if (name === '') return 'noName';
  if (cells.slice(4).some((cell) => cell !== '')) return 'tooManyColumns';
  if (name.length > MAX_NAME_LENGTH) return 'nameTooLong';
  if (!parseGroup(groupWord)) return 'unknownGroup';
  return null;
}

export function parseRosterPaste(text: string): PasteResult {
  const result: PasteResult = { attendees: [], rejected: [] };
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const firstLine = lines.findIndex((l) => l.trim() !== '');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const cells = (raw.includes('\t') ? raw.split('\t') : raw.split(/[,，]/)).map((cell) => cell.trim());
    const [name = '', role = '', affiliation = '', groupWord = ''] = cells;
    if (index === firstLine && HEADER_WORDS.has(name.toLowerCase())) return;
    const reason = rejection(cells, name, groupWord);
    if (reason) result.rejected.push({ lineNumber: index + 1, line, reason });
    else result.attendees.push({ name, role, affiliation, group: parseGroup(groupWord) ?? 'member' });
  });
  return result;
}
