/**
 * The record a recorder keeps: a meeting, its roster, its agenda, what was said under each item,
 * and what is to be done afterwards. Times are epoch milliseconds; dates and clock times typed by
 * the recorder are kept as they are typed (`YYYY-MM-DD`, `HH:MM`) so no time zone ever moves them.
 */
/** The languages of the interface and of the minutes, independently of each other. */
export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const MEETING_STATUSES = ['draft', 'live', 'ended', 'approved'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const GROUPS = ['member', 'official', 'guest'] as const;
export type Group = (typeof GROUPS)[number];

export const ATTENDANCES = ['present', 'absent', 'late', 'left'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

export const AGENDA_KINDS = ['report', 'deliberation', 'resolution', 'discussion', 'other'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export const OUTCOMES = ['approved', 'amended', 'rejected', 'deferred', 'noted'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * A share of a body: "at least 1/3" (inclusive) or "more than 1/2" (a majority, not inclusive),
 * the two forms rules of procedure use. See quorum.ts for the arithmetic.
 */
export interface Threshold {
  numerator: number;
  denominator: number;
  inclusive: boolean;
}

export interface QuorumRule {
  /** Share of members on the roll who must be present to open the meeting. */
  open: Threshold;
  /** Share of members present who must vote for a motion to pass. */
  pass: Threshold;
}

export interface Recess {
  start: number;
  end: number | null;
}

export interface Meeting {
  id: string;
  title: string;
  organization: string;
  /** As the body numbers its meetings: 제4차, 4th. */
  sessionLabel: string;
  /** `YYYY-MM-DD` or empty. */
  date: string;
  /** `HH:MM` or empty. */
  startTime: string;
  location: string;
  minutesLanguage: Language;
  status: MeetingStatus;
  startedAt: number | null;
  endedAt: number | null;
  recesses: Recess[];
  /** Attendee id of the chair, from the roster. */
  chairId: string | null;
  recorder: string;
  quorum: QuorumRule;
  /** The agenda item being recorded while live. */
  currentItemId: string | null;
  /** When the current item was last taken up (for its elapsed time). */
  currentItemSince: number | null;
  previousMeetingId: string | null;
  /** Set when the minutes are approved: the meeting is then read-only. */
  approval: Approval | null;
  /** Every approval and unlocking, oldest first. */
  approvalLog: ApprovalEvent[];
  createdAt: number;
  updatedAt: number;
}

export interface Approval {
  /** `YYYY-MM-DD`, the date the minutes were approved (e.g. at the next meeting). */
  date: string;
  by: string;
  at: number;
}

export interface ApprovalEvent {
  action: 'approved' | 'unlocked';
  by: string;
  at: number;
  /** The status the meeting had before it was approved, restored when it is unlocked. */
  statusBefore?: MeetingStatus;
}

export interface Attendee {
  id: string;
  meetingId: string;
  order: number;
  name: string;
  role: string;
  affiliation: string;
  group: Group;
  attendance: Attendance;
  arrivedAt: number | null;
  leftAt: number | null;
  absenceReason: string;
}

export interface Votes {
  for: number | null;
  against: number | null;
  abstain: number | null;
}

export interface AgendaItem {
  id: string;
  meetingId: string;
  /** Planned position on the agenda. */
  order: number;
  kind: AgendaKind;
  title: string;
  presenter: string;
  plannedMinutes: number | null;
  notes: string;
  /** True for an item added during the meeting (기타 안건). */
  unplanned: boolean;
  startedAt: number | null;
  endedAt: number | null;
  /** Position in the order the items were actually taken; null until taken up. */
  takenOrder: number | null;
  outcome: Outcome | null;
  votes: Votes;
  /** Whether a vote block is recorded for a report item (normally none). */
  voteRecorded: boolean;
}

export type EntryKind = 'statement' | 'note';

/**
 * A previous version of an entry, kept when the entry is changed: the 자구정정 log councils keep
 * of who corrected what in the record, and when.
 */
export interface EntryRevision {
  kind: EntryKind;
  speakerId: string | null;
  speakerName: string;
  text: string;
  /** When this version was replaced. */
  replacedAt: number;
  /** Who replaced it (the name given in Settings, or the meeting's recorder). */
  replacedBy: string;
}

export interface Entry {
  id: string;
  meetingId: string;
  agendaItemId: string;
  seq: number;
  kind: EntryKind;
  speakerId: string | null;
  /** Free-typed speaker when not on the roster. */
  speakerName: string;
  text: string;
  createdAt: number;
  updatedAt: number;
  /** Earlier versions, oldest first (schema version 2). */
  history: EntryRevision[];
}

/**
 * What is in the Entry field but not yet committed: stored as it is typed so that a reload or a
 * crash gives it back. One per meeting (keyed by meetingId).
 */
export interface EntryDraft {
  meetingId: string;
  agendaItemId: string | null;
  text: string;
  speakerId: string | null;
  speakerName: string;
  updatedAt: number;
}

/** How far a meeting's live journal has been written (see SCHEMA_V3 in data/db.ts). */
export interface JournalMark {
  meetingId: string;
  appliedSeq: number;
}

export interface ActionItem {
  id: string;
  meetingId: string;
  agendaItemId: string | null;
  text: string;
  owner: string;
  /** `YYYY-MM-DD` or empty. */
  dueDate: string;
  done: boolean;
  createdAt: number;
}

export const MAJORITY: Threshold = { numerator: 1, denominator: 2, inclusive: false };

/** 재적위원 과반수의 출석과 출석위원 과반수의 찬성: a majority to open, a majority of those present to pass. */
export const DEFAULT_QUORUM: QuorumRule = { open: MAJORITY, pass: MAJORITY };

export function newId(): string {
  return crypto.randomUUID();
}

export function emptyVotes(): Votes {
  return { for: null, against: null, abstain: null };
}

/** Everything recorded for one meeting: what the minutes are made from. */
export interface MeetingRecord {
  meeting: Meeting;
  /** In roster order. */
  attendees: Attendee[];
  /** In planned order; `takenOrder` tells the order they were actually taken in. */
  agendaItems: AgendaItem[];
  /** In `seq` order. */
  entries: Entry[];
  actionItems: ActionItem[];
}
