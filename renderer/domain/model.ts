/**
 * The record a recorder keeps: a meeting, its roster, its agenda, what was said under each item,
 * and what is to be done afterwards. Times are epoch milliseconds; dates and clock times typed by
 * the recorder are kept as they are typed (`YYYY-MM-DD`, `HH:MM`) so no time zone ever moves them.
 *
 * Each row is declared once, as a zod schema, and its type comes from it (as electron/shared/ipc.ts
 * does for payloads); the backup format (backup.ts) validates files with these same schemas, so
 * what the app stores and what a restore accepts cannot drift apart. Free text is any string (a
 * backup's size limit bounds it); formats typed by the recorder (dates, clock times) are not
 * policed, because refusing a whole backup over one odd date would cost more than it protects.
 * Numbers must be finite, counts whole and not negative. The export worker and the shell's preload
 * import only types from here, so zod is not bundled into them.
 */
import { z } from 'zod';

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

/** A member's vote in a roll call (기록표결): for, against, abstaining, or not voting. */
export const ROLL_CALL_VOTES = ['for', 'against', 'abstain', 'notVoting'] as const;
export type RollCallVote = (typeof ROLL_CALL_VOTES)[number];

/**
 * What a meeting id may be: Seogi writes UUIDs, a hand-made backup may hold any word of letters,
 * digits, `_` and `-`. The router accepts exactly these in `#/meetings/<id>`, and a backup holding
 * anything else (a path, markup, an empty or endless string) is refused.
 */
export const MEETING_ID = /^[\w-]{1,200}$/;

const meetingId = z.string().regex(MEETING_ID);
/** The id of any other row. */
const id = z.string().min(1).max(200);
const time = z.number();
const nullableTime = time.nullable();
const count = z.int().nonnegative();

const thresholdSchema = z.strictObject({
  numerator: count,
  // The quorum arithmetic divides by it.
  denominator: z.int().positive(),
  inclusive: z.boolean(),
});
/**
 * A share of a body: "at least 1/3" (inclusive) or "more than 1/2" (a majority, not inclusive),
 * the two forms rules of procedure use. See quorum.ts for the arithmetic.
 */
export type Threshold = z.infer<typeof thresholdSchema>;

const quorumRuleSchema = z.strictObject({
  /** Share of members on the roll who must be present to open the meeting. */
  open: thresholdSchema,
  /** Share of members present who must vote for a motion to pass. */
  pass: thresholdSchema,
});
export type QuorumRule = z.infer<typeof quorumRuleSchema>;

const recessSchema = z.strictObject({ start: time, end: nullableTime });
export type Recess = z.infer<typeof recessSchema>;

const approvalSchema = z.strictObject({
  /** `YYYY-MM-DD`, the date the minutes were approved (e.g. at the next meeting). */
  date: z.string(),
  by: z.string(),
  at: time,
});
export type Approval = z.infer<typeof approvalSchema>;

const approvalEventSchema = z.strictObject({
  action: z.enum(['approved', 'unlocked']),
  by: z.string(),
  at: time,
  /** The status the meeting had before it was approved, restored when it is unlocked. */
  statusBefore: z.enum(MEETING_STATUSES).optional(),
});
export type ApprovalEvent = z.infer<typeof approvalEventSchema>;

export const SIGNATURE_STYLES = ['recorderApprover', 'members', 'approvalBox'] as const;
export type SignatureStyle = (typeof SIGNATURE_STYLES)[number];

const signatureSchema = z.strictObject({
  /**
   * recorderApprover: 작성자 / 확인자 lines; members: lines for the members chosen to sign
   * (서명위원, usually two); approvalBox: a 결재란 of boxes headed by `boxes`.
   */
  style: z.enum(SIGNATURE_STYLES),
  /** The signing members (style `members`), attendee ids in the order they sign. */
  signerIds: z.array(id).max(10),
  /** The headings of the approval boxes (style `approvalBox`): 담당, 팀장, 과장 … */
  boxes: z.array(z.string()).max(10),
});
export type Signature = z.infer<typeof signatureSchema>;

export const meetingSchema = z.strictObject({
  id: meetingId,
  title: z.string(),
  organization: z.string(),
  /** As the body numbers its meetings: 제4차, 4th. */
  sessionLabel: z.string(),
  /** `YYYY-MM-DD` or empty. */
  date: z.string(),
  /** `HH:MM` or empty. */
  startTime: z.string(),
  location: z.string(),
  minutesLanguage: z.enum(LANGUAGES),
  status: z.enum(MEETING_STATUSES),
  startedAt: nullableTime,
  endedAt: nullableTime,
  recesses: z.array(recessSchema),
  /** Attendee id of the chair, from the roster. */
  chairId: id.nullable(),
  recorder: z.string(),
  quorum: quorumRuleSchema,
  /** The agenda item being recorded while live. */
  currentItemId: id.nullable(),
  /** When the current item was last taken up (for its elapsed time). */
  currentItemSince: nullableTime,
  previousMeetingId: meetingId.nullable(),
  /** Set when the minutes are approved: the meeting is then read-only. */
  approval: approvalSchema.nullable(),
  /** Every approval and unlocking, oldest first. */
  approvalLog: z.array(approvalEventSchema),
  createdAt: time,
  updatedAt: time,
  /**
   * Attendee ids the recorder pinned to the speaker quick keys, index 0 for Ctrl+1; null for a
   * digit left to the default order (domain/speakers.ts). Absent in meetings and backups made
   * before pins existed, which is the same as no pin. Last, where a stored row has it once set.
   */
  speakerKeys: z.array(id.nullable()).max(9).optional(),
  /**
   * How the minutes are signed, by the body's practice (domain/signature.ts); absent in meetings
   * made before the choice existed, which is the recorder and approver lines.
   */
  signature: signatureSchema.optional(),
  /** `YYYY-MM-DD` (or text as typed) of the next meeting, when known; said at the adjournment. */
  nextMeetingDate: z.string().optional(),
  /** `HH:MM` or empty. */
  nextMeetingTime: z.string().optional(),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** What the meetings list shows of a meeting, and sorts, groups and filters it by. */
export type MeetingSummary = Pick<
  Meeting,
  'id' | 'title' | 'organization' | 'sessionLabel' | 'location' | 'date' | 'status' | 'createdAt'
>;

export const attendeeSchema = z.strictObject({
  id,
  meetingId,
  order: count,
  name: z.string(),
  role: z.string(),
  affiliation: z.string(),
  group: z.enum(GROUPS),
  attendance: z.enum(ATTENDANCES),
  arrivedAt: nullableTime,
  leftAt: nullableTime,
  absenceReason: z.string(),
});
export type Attendee = z.infer<typeof attendeeSchema>;

const votesSchema = z.strictObject({ for: count.nullable(), against: count.nullable(), abstain: count.nullable() });
export type Votes = z.infer<typeof votesSchema>;

/** Someone named in the record: a roster member by id, or a name typed freely (a guest). */
const personRefSchema = z.strictObject({ attendeeId: id.nullable(), name: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

const motionSchema = z.strictObject({
  text: z.string(),
  /** Who moved it (동의) and who seconded it (재청); null when not recorded. */
  mover: personRefSchema.nullable(),
  seconder: personRefSchema.nullable(),
});
/** A motion put to the meeting (동의), or an amendment to it (수정동의). */
export type Motion = z.infer<typeof motionSchema>;

const rollCallMarkSchema = z.strictObject({ attendeeId: id, vote: z.enum(ROLL_CALL_VOTES) });
export type RollCallMark = z.infer<typeof rollCallMarkSchema>;

export const agendaItemSchema = z.strictObject({
  id,
  meetingId,
  /** Planned position on the agenda. */
  order: count,
  kind: z.enum(AGENDA_KINDS),
  title: z.string(),
  presenter: z.string(),
  plannedMinutes: z.number().nonnegative().nullable(),
  notes: z.string(),
  /** True for an item added during the meeting (기타 안건). */
  unplanned: z.boolean(),
  startedAt: nullableTime,
  endedAt: nullableTime,
  /** Position in the order the items were actually taken; null until taken up. */
  takenOrder: count.nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  votes: votesSchema,
  /** Whether a vote block is recorded for a report item (normally none). */
  voteRecorded: z.boolean(),
  /*
   * The motion and its vote (domain/motions.ts). Absent in items stored before motions existed;
   * null when cleared.
   */
  motion: motionSchema.nullable().optional(),
  amendment: motionSchema.nullable().optional(),
  /** When the vote was taken: the quorum and the roll call are of those present then. */
  votedAt: nullableTime.optional(),
  /** The votes by name, when a roll call was taken; null or absent: counts only (`votes`). */
  rollCall: z.array(rollCallMarkSchema).nullable().optional(),
  /** The names of the papers attached to this item (붙임), in order; absent: none. */
  attachments: z.array(z.string()).optional(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

const entryKindSchema = z.enum(['statement', 'note']);
export type EntryKind = z.infer<typeof entryKindSchema>;

const entryRevisionSchema = z.strictObject({
  kind: entryKindSchema,
  speakerId: id.nullable(),
  speakerName: z.string(),
  text: z.string(),
  /** The version's time stamp and item, when a correction changed them (absent: unchanged). */
  createdAt: time.optional(),
  agendaItemId: id.optional(),
  /** When this version was replaced. */
  replacedAt: time,
  /** Who replaced it (the name given in Settings, or the meeting's recorder). */
  replacedBy: z.string(),
});
/**
 * A previous version of an entry, kept when the entry is changed: the 자구정정 log councils keep
 * of who corrected what in the record, and when.
 */
export type EntryRevision = z.infer<typeof entryRevisionSchema>;

export const entrySchema = z.strictObject({
  id,
  meetingId,
  agendaItemId: id,
  seq: count,
  kind: entryKindSchema,
  speakerId: id.nullable(),
  /** Free-typed speaker when not on the roster. */
  speakerName: z.string(),
  text: z.string(),
  createdAt: time,
  updatedAt: time,
  /** Earlier versions, oldest first (schema version 2). */
  history: z.array(entryRevisionSchema),
});
export type Entry = z.infer<typeof entrySchema>;

/**
 * The procedure of a meeting, as it happened: opened (개의), recessed (정회), resumed (속개),
 * adjourned (산회), a member arrived (입장) or left (퇴장), an item taken up (상정; out of order or
 * again is read from the record around it). Each event has its place in the record (the item
 * current when it happened, after the entry last recorded then, in the order of the recorder's
 * keys), its time stamp and a correction history. They are rows of their own, not entries: the
 * entries are what was said and noted. The meeting's and attendees' stamped times are a
 * projection of these events (domain/procedure.ts).
 */
export const EVENT_TYPES = ['opened', 'recessed', 'resumed', 'adjourned', 'arrived', 'left', 'takenUp'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const eventRevisionSchema = z.strictObject({
  createdAt: time,
  attendeeId: id.nullable(),
  replacedAt: time,
  replacedBy: z.string(),
});
export type EventRevision = z.infer<typeof eventRevisionSchema>;

export const meetingEventSchema = z.strictObject({
  id,
  meetingId,
  agendaItemId: id,
  /** Recorded after the meeting's entry with this `seq` (0: before any entry). */
  afterSeq: count,
  /** Its place among the meeting's events. */
  seq: count,
  type: z.enum(EVENT_TYPES),
  /** Who arrived or left; null for the other events. */
  attendeeId: id.nullable(),
  createdAt: time,
  updatedAt: time,
  /** Earlier versions (times corrected), oldest first. */
  history: z.array(eventRevisionSchema),
});
export type MeetingEvent = z.infer<typeof meetingEventSchema>;

export const entryDraftSchema = z.strictObject({
  meetingId,
  text: z.string(),
  speakerId: id.nullable(),
  speakerName: z.string(),
  updatedAt: time,
});
/**
 * What is in the Entry field but not yet committed: stored as it is typed so that a reload or a
 * crash gives it back. One per meeting (keyed by meetingId). The item it goes under is chosen when
 * Enter is pressed; drafts written before that held an `agendaItemId` nothing read (a backup
 * reader drops it, see backup.ts).
 */
export type EntryDraft = z.infer<typeof entryDraftSchema>;

export const actionItemSchema = z.strictObject({
  id,
  meetingId,
  agendaItemId: id.nullable(),
  text: z.string(),
  owner: z.string(),
  /** `YYYY-MM-DD` or empty. */
  dueDate: z.string(),
  done: z.boolean(),
  createdAt: time,
  /**
   * When it was marked done; null or absent while open, and in items done before the date was
   * kept (the Action items screen then says "done" without a date).
   */
  doneAt: nullableTime.optional(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

/** One phrase per key, Alt+1…9. */
export const MAX_PHRASES = 9;

const phraseSchema = z.strictObject({ id, text: z.string() });
/** A procedural phrase: one key in the Entry field adds its text as a note (see domain/phrases.ts). */
export type Phrase = z.infer<typeof phraseSchema>;

export const bodyPhrasesSchema = z.strictObject({
  /** The body whose meetings use the list: a meeting's organization, trimmed ('' for none). */
  body: z.string(),
  /** In key order: the first is Alt+1. */
  phrases: z.array(phraseSchema).max(MAX_PHRASES),
  updatedAt: time,
});
/**
 * A body's own list of procedural phrases (schema version 4). A body without one uses the
 * defaults of the meeting's minutes language, which are not stored.
 */
export type BodyPhrases = z.infer<typeof bodyPhrasesSchema>;

/**
 * How far a meeting's live journal has been written (see SCHEMA_V3 in data/db.ts). Bookkeeping of
 * this computer, never backed up, so it needs no schema.
 */
export interface JournalMark {
  meetingId: string;
  appliedSeq: number;
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
  /** The procedure, in `seq` order. */
  events: MeetingEvent[];
  actionItems: ActionItem[];
  /**
   * The action items of the body's previous meeting (domain/actionItems.ts previousMeetingOf),
   * whose status the minutes report; absent or empty when there is none.
   */
  previousActionItems?: ActionItem[];
}
