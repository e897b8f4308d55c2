/**
 * What the minutes say, in order, as plain strings: the one place that decides which fields are
 * shown, how they are worded and in which order. The Word builder (build.ts) and the plain-text
 * writer (text.ts) both render this, so the two can never disagree about content. Empty fields
 * are left out here; only the signature block keeps its blanks, for a pen.
 */
import { atClockTime, dateParts, isoDay, parseIsoDate } from '../../domain/dates';
import { ROLL_CALL_VOTES } from '../../domain/model';
import { signatureOf } from '../../domain/signature';
import type {
  ActionItem,
  AgendaItem,
  Attendee,
  Entry,
  Language,
  Meeting,
  MeetingEvent,
  MeetingRecord,
  Motion,
  Outcome,
  PersonRef,
  RollCallVote,
  Votes,
} from '../../domain/model';
import { hasMotion, itemVotes, rollCallOf } from '../../domain/motions';
import { interleave, isEvent, takenUpKinds } from '../../domain/procedure';
import { attended, quorumCount } from '../../domain/quorum';
import { labelsFor, type Labels, type MinutesKey } from './labels';

export interface MetaRow {
  label: string;
  /** One line each; a cell with more than one line breaks between them. */
  lines: string[];
}

export type Block =
  /** The agenda, one line per item. */
  | { kind: 'list'; items: string[] }
  /** The heading of one agenda item (or of the remarks before or after the items). */
  | { kind: 'itemHeading'; text: string }
  /** Presenter, "not taken up": a line about the item rather than something said. */
  | { kind: 'aside'; text: string }
  /** A recorder's note, as typed. */
  | { kind: 'note'; text: string }
  /** A procedural line where it happened: "(10시 40분 정회)", "The meeting resumed at 10:55 a.m." */
  | { kind: 'event'; text: string }
  /** "○ 직위 성명:" and what was said, as typed. */
  | { kind: 'statement'; speaker: string; text: string }
  /**
   * After what was said under an item: its motion and amendment with who moved and seconded them,
   * the result of the vote, and the votes by name when a roll call was taken; one line each.
   */
  | { kind: 'motion'; lines: string[] }
  /** Outcomes and votes, one row per item decided; `votes` is empty where none were taken. */
  | { kind: 'decisions'; columns: { item: string; outcome: string; votes: string }; rows: Decision[] }
  | { kind: 'table'; columns: string[]; rows: string[][] };

export interface Decision {
  item: string;
  outcome: string;
  votes: string;
}

export interface Section {
  heading: string;
  blocks: Block[];
}

export interface SignatureLine {
  label: string;
  /** Empty when not recorded: the line is still printed, to be filled in by hand. */
  name: string;
}

export interface MinutesContent {
  language: Language;
  labels: Labels;
  /**
   * What the document is, as its title line, page header and properties say it:
   * "2021년 제4차 … 회의 회의록" / "Minutes of the …".
   */
  heading: string;
  /** A line under the heading (the date, in English); empty when none. */
  subheading: string;
  /** The meeting's full name: 2021년 제4차 양주시지역사회보장협의체 대표협의체 회의. */
  title: string;
  /** The name without the year prefix (file names carry the date already). */
  baseName: string;
  /** `YYYY-MM-DD` of the meeting (typed, else the day it started), or whatever was typed. */
  isoDate: string;
  meta: MetaRow[];
  sections: Section[];
  signatures: SignatureLine[];
  /** The approval date, written above the signatures; null leaves a blank line for a pen. */
  signatureDate: string | null;
  /**
   * The headings of a 결재란 (approval boxes: 담당, 팀장, 과장 …), each over an empty box to sign
   * in; empty when the body signs with lines (`signatures`) instead.
   */
  approvalBoxes: string[];
  /** The papers attached (붙임), one line each as printed: "붙임 1. 2022년 시행계획(안) 1부."; after the last section. */
  attachments: string[];
}

/** Fills `{{name}}` fields of a pattern by hand, for patterns that are not plain strings. */
export function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * A table of action items: what, who, and by when, or instead how far each got when `status` is
 * given (the previous meeting's items: a due date beside the status would wrap both at A4). A
 * column nobody filled in is left out.
 */
function actionSection(
  labels: Labels,
  heading: string,
  actions: readonly ActionItem[],
  status?: (action: ActionItem) => string,
): Section {
  const last = status
    ? { label: labels.m('actions.status'), value: status }
    : {
        label: labels.m('actions.due'),
        value: (a: ActionItem) => (a.dueDate.trim() ? labels.date(a.dueDate.trim()) : ''),
      };
  const columns: { label: string; value: (a: ActionItem) => string }[] = [
    { label: labels.m('actions.what'), value: (a) => a.text },
    { label: labels.m('actions.owner'), value: (a) => oneLine(a.owner) },
    last,
  ];
  const used = columns.filter((column, i) => i === 0 || actions.some((a) => column.value(a) !== ''));
  return {
    heading,
    blocks: [
      { kind: 'table', columns: used.map((c) => c.label), rows: actions.map((a) => used.map((c) => c.value(a))) },
    ],
  };
}

/** Names are one line: a stray newline or double space in a typed title is not kept there. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** For comparing names: spacing and case do not matter ("양주시 협의체" is "양주시협의체"). */
function squeezed(text: string): string {
  return text.replace(/\s+/g, '').toLocaleLowerCase();
}

/**
 * The body's name and the title without what the title repeats of it: a title that holds the
 * whole name ("포천시 청년정책위원회 정기회의") needs no body before it; a title that starts with
 * the end of the name ("청년정책위원회 정기회의" under "포천시 청년정책위원회") loses that start.
 */
function withoutRepeats(organization: string, title: string): { organization: string; title: string } {
  if (!organization || !title) return { organization, title };
  const body = squeezed(organization);
  if (squeezed(title).includes(body)) return { organization: '', title };
  const words = title.split(' ');
  for (let k = words.length; k > 0; k -= 1) {
    const head = squeezed(words.slice(0, k).join(''));
    // Two characters at least: one syllable (청, 시) ending a name is no repetition.
    if (head.length >= 2 && body.endsWith(head)) return { organization, title: words.slice(k).join(' ') };
  }
  return { organization, title };
}

function meetingNames(record: MeetingRecord, isoDate: string, labels: Labels): { full: string; base: string } {
  const session = oneLine(record.meeting.sessionLabel);
  const { organization, title } = withoutRepeats(oneLine(record.meeting.organization), oneLine(record.meeting.title));
  const lead = [session, title].filter(Boolean).join(' ');
  const base =
    organization && lead
      ? oneLine(labels.m('meetingName.full', { session, organization, title }))
      : lead || organization;
  const year = parseIsoDate(isoDate)?.getUTCFullYear();
  // "2021년 제4차 …" unless the label or title already names the year ("2021년 제4차").
  const hasYear = year !== undefined && new RegExp(`(^|\\D)${year}(\\D|$)`).test(lead);
  const full = base && year !== undefined && !hasYear ? labels.m('meetingName.withYear', { year, name: base }) : base;
  return { full, base };
}

/**
 * What the document calls itself: "… 회의 회의록" / "Minutes of the …"; a name that already says
 * it (a title ending in 회의록) is not said twice, nor a word doubled where name and pattern meet
 * ("Minutes of the The Board"); no name at all is just 회의록 / Minutes.
 */
function documentHeading(labels: Labels, name: string): string {
  const word = labels.m('meetingName.untitled');
  if (!name || name.toLocaleLowerCase().includes(word.toLocaleLowerCase())) return name || word;
  const [before = '', after = ''] = labels.pattern('document.title').split('{{name}}');
  const last = /(\S+)\s+$/.exec(before)?.[1] ?? '';
  const next = /^\s+(\S+)/.exec(after)?.[1] ?? '';
  const words = name.split(' ');
  const same = (a: string, b: string) => a !== '' && a.toLocaleLowerCase() === b.toLocaleLowerCase();
  const trimmed = [
    same(last, words[0] ?? '') ? 1 : 0,
    same(next, words.at(-1) ?? '') ? words.length - 1 : words.length,
  ];
  return labels.m('document.title', { name: words.slice(...trimmed).join(' ') || name });
}

/**
 * A person with their role, as `pattern` orders the two: `person` heads a statement ("위원 이정희"),
 * `named` names someone within a sentence, a motion or a departure ("이정희 위원").
 */
function roleAndName(labels: Labels, pattern: 'person' | 'named', attendee: Pick<Attendee, 'role' | 'name'>): string {
  const role = oneLine(attendee.role);
  const name = oneLine(attendee.name);
  return role && name ? labels.m(pattern, { role, name }) : name || role;
}

const person = (labels: Labels, attendee: Pick<Attendee, 'role' | 'name'>) => roleAndName(labels, 'person', attendee);
const named = (labels: Labels, attendee: Pick<Attendee, 'role' | 'name'>) => roleAndName(labels, 'named', attendee);

/** A time typed as HH:MM, said as `say` says a moment; anything else as typed. */
function typedTime(time: string, say: (epochMs: number) => string): string {
  return /^\d{1,2}:\d{2}$/.test(time) ? say(atClockTime(0, time)) : time;
}

/** A procedural line; "… at 11:30 a.m." ends with one full stop, not two. */
function eventBlock(text: string): Block {
  return { kind: 'event', text: text.replace(/\.\.$/, '.') };
}

/**
 * When the body meets next, as the adjournment announces it: "(다음 회의: 2022년 1월 25일(화)
 * 14시 00분)", "The next meeting will be held on Tuesday 25 January 2022 at 2:00 p.m."; null when
 * no day was set. A time that is no clock time is written as typed.
 */
function nextMeetingLine(labels: Labels, meeting: Pick<Meeting, 'nextMeetingDate' | 'nextMeetingTime'>): string | null {
  const date = meeting.nextMeetingDate?.trim() ?? '';
  if (!date) return null;
  const time = meeting.nextMeetingTime?.trim() ?? '';
  if (!time) return labels.m('nextMeeting.date', { date: labels.date(date) });
  return labels.m('nextMeeting.dateTime', { date: labels.date(date), time: typedTime(time, labels.clock) });
}

function withNote(labels: Labels, text: string, note: string): string {
  return note ? labels.m('withNote', { text, note }) : text;
}

/**
 * "조퇴, 16:31 퇴장" / "left early at 4:31 p.m." when the time was stamped, else just "조퇴" / "left
 * early": the minutes' own words, the time as the rest of the metadata table gives it, in the case
 * a note in brackets takes (keys written out: a test finds them).
 */
const STAMPED = {
  late: { at: 'attendance.lateAt', plain: 'attendance.late' },
  left: { at: 'attendance.leftAt', plain: 'attendance.left' },
} as const;

function stampedNote(labels: Labels, kind: keyof typeof STAMPED, at: number | null): string {
  return at !== null ? labels.m(STAMPED[kind].at, { time: labels.shortClock(at) }) : labels.m(STAMPED[kind].plain);
}

function attendanceNote(labels: Labels, attendee: Attendee): string {
  if (attendee.attendance === 'late') return stampedNote(labels, 'late', attendee.arrivedAt);
  if (attendee.attendance === 'left') return stampedNote(labels, 'left', attendee.leftAt);
  if (attendee.attendance === 'absent') return oneLine(attendee.absenceReason);
  return '';
}

/**
 * "위원 이정희(양주시노인복지관)", with the attendance after the 소속: "위원 윤대호(양주시보건소, 출장)".
 * A 소속 the role already names ("양주시 부시장") is not repeated.
 */
function attendeeLine(labels: Labels, attendee: Attendee): string {
  const affiliation = oneLine(attendee.affiliation);
  const shown = affiliation && !squeezed(attendee.role).includes(squeezed(affiliation)) ? affiliation : '';
  const note = [shown, attendanceNote(labels, attendee)].filter(Boolean).join(labels.m('list.separator'));
  return withNote(labels, person(labels, attendee), note);
}

function dateTimeLines(record: MeetingRecord, isoDate: string, labels: Labels): string[] {
  const { meeting } = record;
  const at = labels.shortClock;
  const opened = meeting.startedAt !== null ? at(meeting.startedAt) : typedTime(meeting.startTime.trim(), at);
  const first = labels.dateTime(isoDate, opened);
  // The times a council's minutes must show: opened (개의), recesses (정회), adjourned (산회).
  const times: string[] = [];
  if (meeting.startedAt !== null) times.push(labels.m('time.opened', { time: at(meeting.startedAt) }));
  for (const recess of [...meeting.recesses].sort((a, b) => a.start - b.start)) {
    times.push(
      recess.end !== null
        ? labels.m('time.recess', { start: at(recess.start), end: at(recess.end) })
        : labels.m('time.recessOpen', { start: at(recess.start) }),
    );
  }
  if (meeting.endedAt !== null) times.push(labels.m('time.adjourned', { time: at(meeting.endedAt) }));
  const separator = labels.m('list.separator');
  return [first, times.join(separator)].filter(Boolean);
}

function metaRows(record: MeetingRecord, isoDate: string, labels: Labels): MetaRow[] {
  const { meeting, attendees } = record;
  const separator = labels.m('list.separator');
  const rows: MetaRow[] = [];
  const add = (label: string, ...lines: string[]) => {
    const kept = lines.filter(Boolean);
    if (kept.length > 0) rows.push({ label, lines: kept });
  };
  const inGroup = (group: Attendee['group'], present: boolean) =>
    attendees.filter((a) => a.group === group && attended(a) === present && (a.name.trim() || a.role.trim()));
  const joined = (list: Attendee[]) => list.map((a) => attendeeLine(labels, a)).join(separator);

  // The meeting's own name (제4차 대표협의체 회의): the title line above says it whole, with the
  // year and the body, and the body has the next row.
  add(labels.m('label.meeting'), oneLine(`${meeting.sessionLabel} ${meeting.title}`));
  add(labels.m('label.organization'), oneLine(meeting.organization));
  add(labels.m('label.dateTime'), ...dateTimeLines(record, isoDate, labels));
  add(labels.m('label.place'), oneLine(meeting.location));
  const count = quorumCount(attendees, meeting.quorum.open);
  if (count.enrolled > 0)
    add(
      labels.m('label.attendance'),
      labels.r(count.met ? 'quorum.met' : 'quorum.notMet', {
        enrolled: count.enrolled,
        present: count.present,
        required: count.required,
      }),
    );
  add(labels.m('label.membersPresent'), joined(inGroup('member', true)));
  add(labels.m('label.membersAbsent'), joined(inGroup('member', false)));
  add(labels.m('label.officials'), joined(inGroup('official', true)));
  add(labels.m('label.guests'), joined(inGroup('guest', true)));
  return rows;
}

/** The agenda items in the order they were taken up, then those never taken, in planned order. */
export function itemsInTakenOrder(items: readonly AgendaItem[]): { item: AgendaItem; taken: boolean }[] {
  const planned = [...items].sort((a, b) => a.order - b.order);
  // A meeting written up afterwards, never run live, has no taken order: the plan is the order.
  if (!planned.some((item) => item.takenOrder !== null)) return planned.map((item) => ({ item, taken: true }));
  const taken = planned
    .filter((item) => item.takenOrder !== null)
    .sort((a, b) => (a.takenOrder ?? 0) - (b.takenOrder ?? 0));
  return [
    ...taken.map((item) => ({ item, taken: true })),
    ...planned.filter((item) => item.takenOrder === null).map((item) => ({ item, taken: false })),
  ];
}

/** The item's votes as the minutes count them: from the roll call, of those present at the vote. */
function votesOf(item: AgendaItem, attendees: readonly Attendee[]): Votes {
  return itemVotes(item, attendees, item.votedAt ?? undefined);
}

function showsVotes(item: AgendaItem, votes: Votes): boolean {
  const anyVote = votes.for !== null || votes.against !== null || votes.abstain !== null;
  // Reports are received, not voted on: a vote block only when the recorder asked for one.
  return item.kind === 'report' ? item.voteRecorded : item.voteRecorded || anyVote;
}

function voteText(labels: Labels, item: AgendaItem, votes: Votes): string {
  if (!showsVotes(item, votes)) return '';
  const parts = [
    votes.for !== null ? labels.m('votes.for', { count: votes.for }) : '',
    votes.against !== null ? labels.m('votes.against', { count: votes.against }) : '',
    votes.abstain !== null ? labels.m('votes.abstain', { count: votes.abstain }) : '',
  ].filter(Boolean);
  return parts.join(labels.m('list.separator'));
}

/** The labels of motions, results and roll calls (keys written out: a test finds them). */
const MOTION_LABELS = {
  motion: { moved: 'motion.moved', seconded: 'motion.seconded', plain: 'motion.plain' },
  amendment: { moved: 'amendment.moved', seconded: 'amendment.seconded', plain: 'amendment.plain' },
} as const;
const RESULT_LABELS = {
  approved: 'result.approved',
  amended: 'result.amended',
  rejected: 'result.rejected',
  deferred: 'result.deferred',
  noted: 'result.noted',
} as const satisfies Record<Outcome, MinutesKey>;
const ROLL_CALL_LABELS = {
  for: 'rollCall.for',
  against: 'rollCall.against',
  abstain: 'rollCall.abstain',
  notVoting: 'rollCall.notVoting',
} as const satisfies Record<RollCallVote, MinutesKey>;

/** "이정희 위원" / "Councillor Lee": a mover or seconder from the roster, or the name as typed. */
function motionPerson(labels: Labels, ref: PersonRef | null, byId: ReadonlyMap<string, Attendee>): string {
  if (!ref) return '';
  const attendee = ref.attendeeId !== null ? byId.get(ref.attendeeId) : undefined;
  return attendee ? named(labels, attendee) : oneLine(ref.name);
}

/** "동의: 이정희 위원, 재청: 최성민 위원 — …" / "Moved by Councillor Lee, seconded by …: …". */
function motionLine(
  labels: Labels,
  which: 'motion' | 'amendment',
  motion: Motion,
  byId: ReadonlyMap<string, Attendee>,
): string {
  const mover = motionPerson(labels, motion.mover, byId);
  const seconder = motionPerson(labels, motion.seconder, byId);
  const keys = MOTION_LABELS[which];
  const lead = [
    mover ? labels.m(keys.moved, { mover }) : labels.m(keys.plain),
    seconder ? labels.m(keys.seconded, { seconder }) : '',
  ]
    .filter(Boolean)
    .join(labels.m('list.separator'));
  const text = motion.text.trim();
  return text ? labels.m('motion.withText', { lead, text }) : lead;
}

/** The motion block of an item: motion, amendment, result, votes by name; empty when none. */
function motionLines(
  labels: Labels,
  item: AgendaItem,
  attendees: readonly Attendee[],
  byId: ReadonlyMap<string, Attendee>,
): string[] {
  const lines: string[] = [];
  if (hasMotion(item.motion)) lines.push(motionLine(labels, 'motion', item.motion, byId));
  if (hasMotion(item.amendment)) lines.push(motionLine(labels, 'amendment', item.amendment, byId));
  const votes = voteText(labels, item, votesOf(item, attendees));
  const outcome = item.outcome !== null ? labels.m(RESULT_LABELS[item.outcome]) : '';
  const result = outcome && votes ? labels.m('result.withVotes', { outcome, votes }) : outcome || votes;
  if (result) lines.push(labels.m('result.line', { result }));
  if (item.rollCall && item.kind !== 'report') {
    const marks = rollCallOf(item, attendees, item.votedAt ?? undefined);
    const names = ROLL_CALL_VOTES.map((vote) => {
      const who = marks.filter((mark) => mark.vote === vote).map((mark) => oneLine(mark.attendee.name));
      return who.length > 0 ? labels.m(ROLL_CALL_LABELS[vote], { names: who.join(labels.m('list.separator')) }) : '';
    }).filter(Boolean);
    if (names.length > 0) lines.push(names.join(labels.m('rollCall.separator')));
  }
  return lines;
}

function hasText(entry: Entry): boolean {
  return entry.text.trim() !== '';
}

/** A row of the proceedings: an entry or a procedural event, in the order recorded. */
type Row = Entry | MeetingEvent;

export interface MinutesNames {
  /** The meeting's full name, or the word for minutes when it has none. */
  title: string;
  /** The name without the year prefix; may be empty. */
  baseName: string;
  /** `YYYY-MM-DD` of the meeting (typed, else the day it started), or whatever was typed. */
  isoDate: string;
}

/** What the minutes are called: cheap, for a file name, without building the whole content. */
export function minutesNames(record: MeetingRecord, language: Language): MinutesNames {
  const labels = labelsFor(language);
  const { meeting } = record;
  const isoDate = parseIsoDate(meeting.date)
    ? meeting.date
    : meeting.startedAt !== null
      ? isoDay(meeting.startedAt)
      : meeting.date.trim();
  const names = meetingNames(record, isoDate, labels);
  return { title: names.full || labels.m('meetingName.untitled'), baseName: names.base, isoDate };
}

export function minutesContent(record: MeetingRecord, language: Language): MinutesContent {
  const labels = labelsFor(language);
  const { meeting, attendees, agendaItems, entries, actionItems } = record;
  const { title, baseName, isoDate } = minutesNames(record, language);
  const byId = new Map(attendees.map((a) => [a.id, a]));
  const byName = new Map(attendees.filter((a) => a.name.trim()).map((a) => [oneLine(a.name), a]));
  const numbers = labels.itemNumbers([...agendaItems].sort((a, b) => a.order - b.order));
  const ordered = itemsInTakenOrder(agendaItems);

  // Labels are worked out once per item and per speaker: a long meeting has thousands of
  // statements by a few dozen people, and each i18next call costs microseconds.
  const itemLabels = new Map<string, string>();
  const itemLabel = (item: AgendaItem): string => {
    const known = itemLabels.get(item.id);
    if (known !== undefined) return known;
    const number = numbers.get(item.id) ?? '';
    const itemTitle = oneLine(item.title);
    const text = itemTitle ? labels.m('item.heading', { number, title: itemTitle }) : number;
    const label = item.unplanned ? withNote(labels, text, labels.m('item.unplanned')) : text;
    itemLabels.set(item.id, label);
    return label;
  };
  const speakers = new Map<string, string>();
  const speakerOf = (entry: Entry): string => {
    const attendee = entry.speakerId !== null ? byId.get(entry.speakerId) : undefined;
    const key = attendee ? `id:${attendee.id}` : `name:${entry.speakerName}`;
    const known = speakers.get(key);
    if (known !== undefined) return known;
    const who = (attendee ? person(labels, attendee) : '') || oneLine(entry.speakerName);
    const prefix = labels.m('statement.prefix', { speaker: who || labels.m('statement.unknownSpeaker') });
    speakers.set(key, prefix);
    return prefix;
  };
  const chair = meeting.chairId !== null ? byId.get(meeting.chairId) : undefined;
  const planned = new Map(agendaItems.filter((item) => !item.unplanned).map((item) => [item.id, item.order]));
  const takenUp = takenUpKinds(record.events, planned);
  /** A procedural line, or null for one the minutes say elsewhere (the opening, the adjournment). */
  const eventText = (event: MeetingEvent): string | null => {
    const time = labels.clock(event.createdAt);
    switch (event.type) {
      case 'opened':
      case 'adjourned':
        return null;
      case 'recessed':
        return labels.m('event.recessed', { time });
      case 'resumed':
        return labels.m('event.resumed', { time });
      case 'arrived':
      case 'left': {
        const attendee = event.attendeeId !== null ? byId.get(event.attendeeId) : undefined;
        const who = attendee ? named(labels, attendee) : '';
        if (!who) return null;
        return labels.m(event.type === 'arrived' ? 'event.arrived' : 'event.left', { who, time });
      }
      case 'takenUp': {
        const how = takenUp.get(event.id);
        if (how === 'outOfOrder') return labels.m('event.outOfOrder', { time });
        return how === 'again' ? labels.m('event.again', { time }) : null;
      }
    }
  };
  /**
   * The blocks of entries in their recorded order. A recess with nothing recorded before the
   * resumption is said at once ("recessed at … and resumed at …"; in Korean two lines).
   */
  const blocksOf = (list: readonly Row[]): Block[] => {
    const blocks: Block[] = [];
    let skip = -1;
    for (const [i, row] of list.entries()) {
      if (skip === i) continue;
      if (!isEvent(row)) {
        blocks.push(
          row.kind === 'note'
            ? { kind: 'note', text: row.text }
            : { kind: 'statement', speaker: speakerOf(row), text: row.text },
        );
        continue;
      }
      const next = list[i + 1];
      if (row.type === 'recessed' && next && isEvent(next) && next.type === 'resumed') {
        const text = labels.m('event.recessedAndResumed', {
          start: labels.clock(row.createdAt),
          end: labels.clock(next.createdAt),
        });
        blocks.push(eventBlock(text));
        skip = i + 1;
        continue;
      }
      const text = eventText(row);
      if (text) blocks.push(eventBlock(text));
    }
    return blocks;
  };

  const sections: Section[] = [];

  // 1. Agenda, in planned order: the order of business as it was put to the meeting.
  const agenda = [...agendaItems].sort((a, b) => a.order - b.order).map(itemLabel);
  if (agenda.length > 0)
    sections.push({ heading: labels.m('section.agenda'), blocks: [{ kind: 'list', items: agenda }] });

  // 2. Proceedings, in the order taken.
  const itemIds = new Set(agendaItems.map((item) => item.id));
  const spoken = [...entries].filter(hasText).sort((a, b) => a.seq - b.seq);
  const recorded = interleave(spoken, record.events);
  const entriesOf = new Map<string, Row[]>();
  const loose: { row: Row; at: number }[] = [];
  for (const [at, row] of recorded.entries()) {
    if (!itemIds.has(row.agendaItemId)) loose.push({ row, at });
    else entriesOf.set(row.agendaItemId, [...(entriesOf.get(row.agendaItemId) ?? []), row]);
  }
  // Remarks under no item (a greeting, closing words) go before or after the items, by when
  // they were recorded relative to the first remark under an item.
  const found = recorded.findIndex((row) => itemIds.has(row.agendaItemId));
  const firstUnderItem = found < 0 ? Infinity : found;
  const opening = loose.filter(({ at }) => at < firstUnderItem).map(({ row }) => row);
  const closing = loose.filter(({ at }) => !(at < firstUnderItem)).map(({ row }) => row);
  const proceedings: Block[] = [];
  // The opening and the adjournment head and close the proceedings, from the stamps their events
  // keep; English minutes give them headings of their own (Call to order, Adjournment), Korean
  // minutes a line each.
  const headed = labels.pattern('event.headings') !== 'none';
  const sitting = (heading: string, text: string) =>
    proceedings.push(...(headed ? [{ kind: 'itemHeading' as const, text: heading }] : []), eventBlock(text));
  if (meeting.startedAt !== null) {
    const time = labels.clock(meeting.startedAt);
    const chairName = chair ? person(labels, chair) : '';
    sitting(
      labels.m('event.callToOrder'),
      chairName ? labels.m('event.openedBy', { time, chair: chairName }) : labels.m('event.opened', { time }),
    );
  }
  const openingBlocks = blocksOf(opening);
  if (openingBlocks.length > 0) {
    proceedings.push({ kind: 'itemHeading', text: labels.m('item.opening') }, ...openingBlocks);
  }
  for (const { item, taken } of ordered) {
    const said = entriesOf.get(item.id) ?? [];
    proceedings.push({ kind: 'itemHeading', text: itemLabel(item) });
    if (!taken && said.length === 0 && item.outcome === null) {
      proceedings.push({ kind: 'aside', text: labels.m('item.notTaken') });
      continue;
    }
    const presenter = oneLine(item.presenter);
    if (presenter) {
      const known = byName.get(presenter);
      proceedings.push({
        kind: 'aside',
        text: labels.m('item.presenter', { name: known ? person(labels, known) : presenter }),
      });
    }
    proceedings.push(...blocksOf(said));
    const motion = motionLines(labels, item, attendees, byId);
    if (motion.length > 0) proceedings.push({ kind: 'motion', lines: motion });
  }
  const closingBlocks = blocksOf(closing);
  if (closingBlocks.length > 0) {
    proceedings.push({ kind: 'itemHeading', text: labels.m('item.closing') }, ...closingBlocks);
  }
  if (meeting.endedAt !== null) {
    sitting(labels.m('event.adjournment'), labels.m('event.adjourned', { time: labels.clock(meeting.endedAt) }));
  }
  // Said with the adjournment, or at the end of proceedings that were never adjourned live.
  const nextMeeting = nextMeetingLine(labels, meeting);
  if (nextMeeting) proceedings.push(eventBlock(nextMeeting));
  if (proceedings.length > 0) sections.push({ heading: labels.m('section.proceedings'), blocks: proceedings });

  // 3. Decisions, in the order taken.
  const decisions: Decision[] = [];
  for (const { item } of ordered) {
    const outcome = item.outcome !== null ? labels.r(`outcome.${item.outcome}`) : '';
    const votes = voteText(labels, item, votesOf(item, attendees));
    if (outcome || votes) decisions.push({ item: itemLabel(item), outcome, votes });
  }
  if (decisions.length > 0) {
    const columns = {
      item: labels.m('decision.item'),
      outcome: labels.m('decision.outcome'),
      votes: labels.m('decision.votes'),
    };
    sections.push({
      heading: labels.m('section.decisions'),
      blocks: [{ kind: 'decisions', columns, rows: decisions }],
    });
  }

  // 4. The previous meeting's action items and how far they got (지난 회의 조치 결과), then
  // 5. this meeting's: what, who, by when; a column nobody filled in is left out.
  const previous = (record.previousActionItems ?? []).filter((a) => a.text.trim() !== '');
  if (previous.length > 0) {
    const status = (a: ActionItem) => {
      if (!a.done) return labels.m('previousActions.open');
      const day = a.doneAt == null ? null : dateParts(isoDay(a.doneAt), language);
      return day ? labels.m('previousActions.doneOn', { ...day }) : labels.m('previousActions.done');
    };
    sections.push(actionSection(labels, labels.m('section.previousActions'), previous, status));
  }
  const actions = actionItems.filter((a) => a.text.trim() !== '');
  if (actions.length > 0) sections.push(actionSection(labels, labels.m('section.actions'), actions));

  const signature = signatureOf(meeting);
  const attachments = [...agendaItems]
    .sort((a, b) => a.order - b.order)
    .flatMap((item) => item.attachments ?? [])
    .map(oneLine)
    .filter(Boolean)
    .map((name, i, all) =>
      all.length === 1 ? labels.m('attachment.single', { name }) : labels.m('attachment.line', { n: i + 1, name }),
    );
  const approver = (by: string) => {
    const known = byName.get(oneLine(by));
    return known ? person(labels, known) : oneLine(by);
  };
  const signatures: SignatureLine[] =
    signature.style === 'recorderApprover'
      ? [
          { label: labels.m('signature.recorder'), name: oneLine(meeting.recorder) },
          {
            label: labels.m('signature.approver'),
            // Approved minutes name who approved them (with their role when the roster has them);
            // until then the chair is who will.
            name: meeting.approval ? approver(meeting.approval.by) : chair ? person(labels, chair) : '',
          },
        ]
      : signature.style === 'members'
        ? signature.signerIds.map((signerId) => {
            const signer = byId.get(signerId);
            return { label: labels.m('signature.member'), name: signer ? person(labels, signer) : '' };
          })
        : [];

  return {
    language,
    labels,
    heading: documentHeading(labels, title),
    subheading: language === 'en' && parseIsoDate(isoDate) ? labels.date(isoDate) : '',
    title,
    baseName,
    isoDate,
    meta: metaRows(record, isoDate, labels),
    sections: sections.map((section, i) => ({
      ...section,
      heading: labels.m('section.numbered', { n: i + 1, title: section.heading }),
    })),
    signatures,
    signatureDate: meeting.approval?.date.trim() ? labels.date(meeting.approval.date.trim()) : null,
    approvalBoxes: signature.style === 'approvalBox' ? signature.boxes.map(oneLine) : [],
    attachments,
  };
}
