import { describe, expect, it } from 'vitest';
import { blankAgendaItem } from '../../renderer/data/agenda';
import { blankAttendee } from '../../renderer/data/attendees';
import { openDb } from '../../renderer/data/db';
import { blankMeeting } from '../../renderer/data/meetings';
import {
  backupChecksum,
  canonicalJson,
  createBackup,
  formatPath,
  isDailyBackupDue,
  outlineOf,
  parseBackup,
  phrasesToRestore,
  planRestore,
  restoreChunks,
  serializeBackup,
  DAY_MS,
  type BackupData,
  type BackupError,
  type BackupFile,
  type BackupTable,
  type ParseLimits,
} from '../../renderer/domain/backup';
import type { BodyPhrases, Entry, Meeting } from '../../renderer/domain/model';
import { parseRoute } from '../../renderer/hooks/router';
import { seededRandom } from '../fixtures/random';

/** The schema version the app's database declares (read without opening it). */
const SCHEMA = openDb('seogi-format-test-unopened').verno;
const META = { appVersion: '0.1.0', schemaVersion: SCHEMA, now: Date.UTC(2021, 10, 23, 1, 0, 0) };
const LIMITS: ParseLimits = { schemaVersion: SCHEMA };

function entry(
  meetingId: string,
  agendaItemId: string,
  seq: number,
  text: string,
  at = 1_637_629_200_000 + seq,
): Entry {
  return {
    id: `entry-${meetingId}-${seq}`,
    meetingId,
    agendaItemId,
    seq,
    kind: 'statement',
    speakerId: null,
    speakerName: '',
    text,
    createdAt: at,
    updatedAt: at,
    history: [],
  };
}

/** Two meetings with every kind of row. */
function sampleData(): BackupData {
  const a: Meeting = { ...blankMeeting('ko', 1_637_629_000_000), id: 'meeting-a', title: '대표협의체 회의' };
  const b: Meeting = { ...blankMeeting('en', 1_637_629_000_000), id: 'meeting-b', title: 'Council', status: 'ended' };
  a.recesses = [{ start: 1_637_629_300_000, end: null }];
  a.approvalLog = [{ action: 'approved', by: '오서기', at: 1_637_629_400_000, statusBefore: 'ended' }];
  a.approval = { date: '2021-12-01', by: '오서기', at: 1_637_629_400_000 };
  const attendees = [
    { ...blankAttendee(a.id, 0, { name: '김종석', role: '부시장' }), id: 'att-a-0' },
    { ...blankAttendee(a.id, 1, { name: '박춘배', attendance: 'absent', absenceReason: '출장' }), id: 'att-a-1' },
    { ...blankAttendee(b.id, 0, { name: 'Jane Roe', group: 'guest' }), id: 'att-b-0' },
  ];
  a.chairId = 'att-a-1';
  // Pinned quick keys; meeting b, like every meeting made before pins existed, has none.
  a.speakerKeys = ['att-a-0', null, 'att-a-1'];
  // What the minutes' end says (meeting b, like every meeting made before, has none of it).
  a.signature = { style: 'members', signerIds: ['att-a-0', 'att-a-1'], boxes: ['담당', '팀장'] };
  a.nextMeetingDate = '2021-12-21';
  a.nextMeetingTime = '14:00';
  const agendaItems = [
    { ...blankAgendaItem(a.id, 0, { kind: 'report', title: '운영성과 보고' }), id: 'item-a-0' },
    {
      ...blankAgendaItem(a.id, 1, { title: '시행계획(안)', outcome: 'approved', attachments: ['시행계획(안)', ''] }),
      id: 'item-a-1',
    },
    { ...blankAgendaItem(b.id, 0, { title: 'Budget', plannedMinutes: 15 }), id: 'item-b-0' },
  ];
  const entries = [
    entry(a.id, 'item-a-0', 1, '보고드립니다.'),
    {
      ...entry(a.id, 'item-a-1', 2, '원안 가결'),
      history: [
        {
          kind: 'note' as const,
          speakerId: null,
          speakerName: '',
          text: '원안가결',
          replacedAt: 1_637_629_500_000,
          replacedBy: '오서기',
        },
      ],
    },
    entry(b.id, 'item-b-0', 1, 'Moved.'),
  ];
  const actionItems = [
    {
      id: 'act-a',
      meetingId: a.id,
      agendaItemId: 'item-a-1',
      text: '결과 공유',
      owner: '정수민',
      dueDate: '2021-12-01',
      done: false,
      createdAt: 1_637_629_600_000,
    },
  ];
  const drafts = [
    {
      meetingId: b.id,
      text: 'Half-typ',
      speakerId: 'att-b-0',
      speakerName: '',
      updatedAt: 1_637_629_700_000,
    },
  ];
  const phrases = [
    { body: '양주시지역사회보장협의체', phrases: [{ id: 'p-1', text: '(의사봉 3타)' }], updatedAt: 1_637_629_800_000 },
    { body: '', phrases: [], updatedAt: 1_637_629_900_000 },
  ];
  return { meetings: [b, a], attendees, agendaItems, entries, events: [], actionItems, drafts, phrases };
}

async function backupOf(data: BackupData = sampleData()): Promise<BackupFile> {
  return createBackup(data, META);
}

/** A backup file as plain JSON, to be doctored. */
type Doctored = Record<string, unknown> & {
  data: Record<BackupTable, unknown[]> & { settings?: unknown[]; phrases: unknown[] };
};

/** A file whose data was changed and whose checksum was made to match again (a careful forger). */
async function resigned(change: (file: Doctored) => void) {
  const file = JSON.parse(serializeBackup(await backupOf())) as Doctored & { checksum: { value: string } };
  change(file);
  // Data too deep to checksum is refused before its checksum is compared.
  file.checksum.value = await backupChecksum(file.data).catch(() => file.checksum.value);
  return JSON.stringify(file);
}

async function errorOf(text: string, limits: ParseLimits = LIMITS): Promise<BackupError> {
  const result = await parseBackup(text, limits);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('backup file', () => {
  it('round-trips every row exactly', async () => {
    const data = sampleData();
    const text = serializeBackup(await createBackup(data, META));
    const result = await parseBackup(text, LIMITS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { backup } = result;
    expect(backup).toMatchObject({
      format: 'seogi-backup',
      formatVersion: 1,
      schemaVersion: SCHEMA,
      appVersion: '0.1.0',
      createdAt: '2021-11-23T01:00:00.000Z',
    });
    expect(backup.checksum.value).toMatch(/^[0-9a-f]{64}$/);
    // Rows come back sorted by id, otherwise identical.
    expect(backup.data.meetings.map((m) => m.id)).toEqual(['meeting-a', 'meeting-b']);
    for (const table of Object.keys(data) as (keyof BackupData)[]) {
      const key = (row: object) =>
        ('id' in row ? row.id : 'body' in row ? row.body : (row as { meetingId: string }).meetingId) as string;
      expect([...(backup.data[table] ?? [])].sort((x, y) => (key(x) < key(y) ? -1 : 1))).toEqual(
        [...(data[table] ?? [])].sort((x, y) => (key(x) < key(y) ? -1 : 1)),
      );
    }
    expect(serializeBackup(backup)).toBe(text);
  });

  it('writes the same text for the same data in any row order, indented, with a final newline', async () => {
    const data = sampleData();
    const reversed = Object.fromEntries(
      Object.entries(data).map(([table, rows]) => [table, [...(rows as unknown[])].reverse()]),
    ) as unknown as BackupData;
    const text = serializeBackup(await createBackup(data, META));
    expect(serializeBackup(await createBackup(reversed, META))).toBe(text);
    expect(text.startsWith('{\n  "format": "seogi-backup",\n  "formatVersion": 1,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('leaves the indentation out of a file it would take past the size limit, and reads it back the same', async () => {
    const file = await createBackup(sampleData(), META);
    const indented = serializeBackup(file);
    const compact = serializeBackup(file, indented.length - 1);
    expect(compact.length).toBeLessThan(indented.length * 0.8);
    expect(compact).toBe(`${JSON.stringify(file)}\n`);
    const read = await parseBackup(compact, LIMITS);
    expect(read.ok && read.backup).toEqual(file);
  });

  it('checksums the canonical form: sorted keys, no whitespace, escaped lone surrogates', async () => {
    expect(canonicalJson({ b: [2, { d: 1, c: '\ud800' }], a: null, é: true, Z: -0 })).toBe(
      '{"Z":0,"a":null,"b":[2,{"c":"\\ud800","d":1}],"é":true}',
    );
    const file = await backupOf();
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverseKeys)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reverseKeys(v)]),
            )
          : value;
    const shuffled = reverseKeys(file.data);
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(file.data));
    expect(await backupChecksum(shuffled)).toBe(file.checksum.value);
    const hex = Array.from(
      new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(file.data)))),
      (b) => b.toString(16).padStart(2, '0'),
    ).join('');
    expect(file.checksum.value).toBe(hex);
  });

  it('accepts a file saved with a byte-order mark or re-indented', async () => {
    const file = await backupOf();
    expect((await parseBackup(`\uFEFF${serializeBackup(file)}`, LIMITS)).ok).toBe(true);
    expect((await parseBackup(JSON.stringify(file), LIMITS)).ok).toBe(true);
  });

  it('round-trips hostile text exactly', async () => {
    const hostile = [
      '',
      '\u0000\u0001\u0007\b\t\n\v\f\r\u001b\u007f',
      '\u2028\u2029',
      '\ud800',
      '\udfff lone low',
      'a\ud83dz',
      '\ud83d\ude00 👨‍👩‍👧 🇰🇷',
      '\u202e\u200f right-to-left \u200b\ufeff',
      '"\\/\'`${}<script>alert(1)</script>',
      '{"format":"seogi-backup"}',
      '__proto__',
      '한글 ㄱㄴㄷ 가나다 漢字',
      'x'.repeat(2_000_000),
      '가'.repeat(300_000),
    ];
    const data = sampleData();
    data.entries = hostile.map((text, i) => ({
      ...entry('meeting-a', 'item-a-0', i + 10, text),
      id: `h${String(i).padStart(2, '0')}`,
    }));
    data.meetings[0]!.title = hostile.join('|');
    data.attendees[0]!.name = '\u0000';
    const result = await parseBackup(serializeBackup(await createBackup(data, META)), LIMITS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.data.entries.map((e) => e.text)).toEqual(hostile);
    expect(result.backup.data.meetings.find((m) => m.id === data.meetings[0]!.id)?.title).toBe(hostile.join('|'));
    expect(result.backup.data.attendees.find((a) => a.id === 'att-a-0')?.name).toBe('\u0000');
  });

  it('reads a file of the previous schema version, filling what version 2 added', async () => {
    if (SCHEMA < 2) return;
    const data = sampleData();
    const v1 = JSON.parse(JSON.stringify(data)) as {
      meetings: Record<string, unknown>[];
      entries: Record<string, unknown>[];
    };
    for (const m of v1.meetings) {
      delete m.approval;
      delete m.approvalLog;
    }
    for (const e of v1.entries) delete e.history;
    const file = await createBackup(v1 as unknown as BackupData, { ...META, schemaVersion: 1 });
    const result = await parseBackup(serializeBackup(file), LIMITS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.schemaVersion).toBe(SCHEMA);
    expect(result.backup.data.meetings.every((m) => m.approval === null && m.approvalLog.length === 0)).toBe(true);
    expect(result.backup.data.entries.every((e) => Array.isArray(e.history))).toBe(true);
    expect(result.backup.checksum.value).toBe(await backupChecksum(result.backup.data));
  });

  it('reads a file written before meetings recorded their procedure: no events table, none restored', async () => {
    const file = await createBackup(sampleData(), { ...META, schemaVersion: 3 });
    const data: Partial<BackupData> = { ...file.data };
    delete data.events;
    const older = { ...file, data, checksum: { ...file.checksum, value: await backupChecksum(data) } };
    const result = await parseBackup(JSON.stringify(older), LIMITS);
    expect(result.ok && result.backup.data.events).toEqual([]);
  });

  it('reads a file made before bodies had phrases (schema version 3, no phrases): nothing to restore of them', async () => {
    const { phrases, ...v3 } = sampleData();
    expect(phrases).toHaveLength(2);
    const file = await createBackup(v3, { ...META, schemaVersion: 3 });
    const text = serializeBackup(file).replace(/,\s*"phrases": \[\]/u, '');
    expect(text).not.toContain('"phrases"');
    file.data = JSON.parse(text).data as BackupData;
    file.checksum.value = await backupChecksum(file.data);
    const result = await parseBackup(serializeBackup(file), LIMITS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.data.phrases).toBeUndefined();
    expect(outlineOf(result.backup).phrases).toEqual([]);
  });

  it.each([1, 2, SCHEMA])(
    'reads a file of schema version %i whose drafts hold the item Seogi no longer keeps, and drops it',
    async (version) => {
      const data = JSON.parse(JSON.stringify(sampleData())) as Doctored['data'];
      data.drafts = [
        { ...(data.drafts[0] as object), agendaItemId: 'item-b-0' },
        { ...(data.drafts[0] as object), meetingId: 'meeting-a', agendaItemId: null },
      ];
      const file = await createBackup(data as unknown as BackupData, { ...META, schemaVersion: version });
      file.data = data as unknown as BackupData;
      file.checksum.value = await backupChecksum(data);
      const result = await parseBackup(serializeBackup(file), LIMITS);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const keys = (drafts: object[]) => drafts.flatMap((d) => Object.keys(d)).filter((k) => k === 'agendaItemId');
      expect(keys(result.backup.data.drafts)).toEqual([]);
      expect(result.backup.checksum.value).toBe(await backupChecksum(result.backup.data));
      // Stored drafts written before the field was retired still hold it: a backup of them does not.
      expect(keys((await createBackup(data as unknown as BackupData, META)).data.drafts)).toEqual([]);
    },
  );
});

describe('a file that cannot be restored', () => {
  it('is too large: refused before it is parsed, counted in UTF-8 bytes', async () => {
    expect(await errorOf('{'.repeat(1001), { ...LIMITS, maxBytes: 1000 })).toEqual({
      code: 'tooLarge',
      maxBytes: 1000,
    });
    // 400 characters, 1,200 bytes.
    expect(await errorOf('가'.repeat(400), { ...LIMITS, maxBytes: 1000 })).toEqual({
      code: 'tooLarge',
      maxBytes: 1000,
    });
    const text = serializeBackup(await backupOf());
    expect((await errorOf(text, { ...LIMITS, maxBytes: text.length - 1 })).code).toBe('tooLarge');
  });

  it.each([
    ['truncated', (t: string) => t.slice(0, Math.floor(t.length / 2))],
    ['cut by one character', (t: string) => t.slice(0, -2)],
    ['empty', () => ''],
    ['binary', () => '\u0000PK\u0003\u0004'],
    ['a docx read as text', () => 'PK\u0003\u0004\u0014\u0000\u0006\u0000'],
    ['JavaScript', () => "({format: 'seogi-backup'})"],
  ])('is %s: notJson', async (_name, make) => {
    expect(await errorOf(make(serializeBackup(await backupOf()))).then((e) => e)).toEqual({ code: 'notJson' });
  });

  it.each([
    ['null'],
    ['[]'],
    ['"seogi-backup"'],
    ['42'],
    ['{}'],
    ['{"format":"other"}'],
    ['[{"format":"seogi-backup"}]'],
  ])('is %s: notABackup', async (text) => {
    expect(await errorOf(text)).toEqual({ code: 'notABackup' });
  });

  it.each([
    [2, '2'],
    [0, '0'],
    ['1', '"1"'],
    [null, 'null'],
    [undefined, ''],
    [1.5, '1.5'],
  ])('has format version %j: unsupportedVersion', async (version, found) => {
    const file = JSON.parse(serializeBackup(await backupOf())) as Record<string, unknown>;
    if (version === undefined) delete file.formatVersion;
    else file.formatVersion = version;
    expect(await errorOf(JSON.stringify(file))).toEqual({ code: 'unsupportedVersion', found });
  });

  it('comes from a newer schema: newerSchema, before anything else is looked at', async () => {
    const file = JSON.parse(serializeBackup(await backupOf())) as Record<string, unknown>;
    file.schemaVersion = SCHEMA + 1;
    file.data = { settings: [], meetings: 'a shape this app cannot know' };
    expect(await errorOf(JSON.stringify(file))).toEqual({ code: 'newerSchema', found: SCHEMA + 1, supported: SCHEMA });
  });

  it('was changed after it was written: checksumMismatch', async () => {
    const text = serializeBackup(await backupOf());
    expect(text).toContain('운영성과 보고');
    expect(await errorOf(text.replace('운영성과 보고', '운영성과 보강'))).toEqual({ code: 'checksumMismatch' });
    expect(await errorOf(text.replace('"seq": 2', '"seq": 3'))).toEqual({ code: 'checksumMismatch' });
    expect(await errorOf(text.replace('"done": false', '"done": true'))).toEqual({ code: 'checksumMismatch' });
    // An invalid value added by hand is still reported as a change to the file.
    expect(await errorOf(text.replace('"status": "ended"', '"status": "closed"'))).toEqual({
      code: 'checksumMismatch',
    });
    const file = JSON.parse(text) as BackupFile;
    file.checksum.value = file.checksum.value.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    expect(await errorOf(JSON.stringify(file))).toEqual({ code: 'checksumMismatch' });
  });

  it('detects every single-character change inside the data (seeded sample)', async () => {
    const text = serializeBackup(await backupOf());
    const start = text.indexOf('"data"');
    const random = seededRandom(20211123);
    for (let i = 0; i < 200; i++) {
      const at = start + 8 + Math.floor(random() * (text.length - start - 10));
      const original = text[at]!;
      if (/\s/.test(original)) continue;
      const replacement = original === 'x' ? 'y' : 'x';
      const result = await parseBackup(text.slice(0, at) + replacement + text.slice(at + 1), LIMITS);
      expect(result.ok, `changed ${JSON.stringify(original)} at ${at}`).toBe(false);
      if (!result.ok) expect(['notJson', 'checksumMismatch', 'invalid']).toContain(result.error.code);
    }
  });

  it.each<[string, (f: Doctored) => void, BackupError]>([
    [
      'an unknown status',
      (f) => ((f.data.meetings[0] as Meeting).status = 'closed' as never),
      { code: 'invalid', path: 'data.meetings[0].status' },
    ],
    [
      'a title that is a number',
      (f) => ((f.data.meetings[1] as Record<string, unknown>).title = 7),
      { code: 'invalid', path: 'data.meetings[1].title' },
    ],
    [
      'a missing field',
      (f) => delete (f.data.attendees[2] as Record<string, unknown>).name,
      { code: 'invalid', path: 'data.attendees[2].name' },
    ],
    [
      'an unknown field',
      (f) => ((f.data.agendaItems[1] as Record<string, unknown>).colour = 'red'),
      { code: 'invalid', path: 'data.agendaItems[1].colour' },
    ],
    [
      'an unknown field named __proto__',
      (f) => Object.defineProperty(f.data.entries[0], '__proto__', { value: {}, enumerable: true }),
      { code: 'invalid', path: 'data.entries[0].__proto__' },
    ],
    [
      'a key that is not an identifier',
      (f) => ((f.data.entries[0] as Record<string, unknown>)['a b'] = 1),
      { code: 'invalid', path: 'data.entries[0]["a b"]' },
    ],
    [
      'a fractional seq',
      (f) => ((f.data.entries[1] as Entry).seq = 1.5),
      { code: 'invalid', path: 'data.entries[1].seq' },
    ],
    [
      'a zero quorum denominator',
      (f) =>
        ((f.data.meetings[0] as Meeting).quorum = {
          open: { numerator: 1, denominator: 0, inclusive: true },
          pass: (f.data.meetings[0] as Meeting).quorum.pass,
        }),
      { code: 'invalid', path: 'data.meetings[0].quorum.open.denominator' },
    ],
    [
      'a negative vote count',
      (f) => ((f.data.agendaItems[0] as { votes: unknown }).votes = { for: -1, against: null, abstain: null }),
      { code: 'invalid', path: 'data.agendaItems[0].votes.for' },
    ],
    [
      'an empty id',
      (f) => ((f.data.actionItems[0] as { id: string }).id = ''),
      { code: 'invalid', path: 'data.actionItems[0].id' },
    ],
    ['a row that is not an object', (f) => (f.data.drafts[0] = 'draft'), { code: 'invalid', path: 'data.drafts[0]' }],
    ['a missing table', (f) => Reflect.deleteProperty(f.data, 'drafts'), { code: 'invalid', path: 'data.drafts' }],
    ['an extra table', (f) => (f.data.settings = []), { code: 'invalid', path: 'data.settings' }],
    ['an invalid creation time', (f) => (f.createdAt = 'yesterday'), { code: 'invalid', path: 'createdAt' }],
    [
      'an unknown checksum algorithm',
      (f) => (f.checksum = { algorithm: 'MD5', value: '0'.repeat(64) }),
      { code: 'invalid', path: 'checksum.algorithm' },
    ],
    [
      'deeply nested data',
      (f) => {
        let deep: unknown = [];
        for (let i = 0; i < 2000; i++) deep = [deep];
        f.data.meetings = [deep];
      },
      { code: 'invalid', path: `data.meetings${'[0]'.repeat(11)}` },
    ],
    [
      'ten pinned quick keys',
      (f) => ((f.data.meetings[0] as Meeting).speakerKeys = Array<null>(10).fill(null)),
      { code: 'invalid', path: 'data.meetings[0].speakerKeys' },
    ],
    [
      'two meetings with the same id',
      (f) => ((f.data.meetings[1] as Meeting).id = 'meeting-a'),
      { code: 'duplicateId', path: 'data.meetings[1].id' },
    ],
    [
      'two drafts of one meeting',
      (f) => f.data.drafts.push({ ...(f.data.drafts[0] as object) }),
      { code: 'duplicateId', path: 'data.drafts[1].meetingId' },
    ],
    [
      'two phrase lists of one body',
      (f) => f.data.phrases.push({ ...(f.data.phrases[1] as object) }),
      { code: 'duplicateId', path: 'data.phrases[2].body' },
    ],
    [
      'ten phrases for one body',
      (f) =>
        ((f.data.phrases[0] as BodyPhrases).phrases = Array.from({ length: 10 }, (_, i) => ({
          id: `p${i}`,
          text: '',
        }))),
      { code: 'invalid', path: 'data.phrases[0].phrases' },
    ],
    [
      'an attendee of a meeting not in the file',
      (f) => ((f.data.attendees[1] as { meetingId: string }).meetingId = 'meeting-z'),
      { code: 'brokenReference', path: 'data.attendees[1].meetingId' },
    ],
    [
      'a draft of a meeting not in the file',
      (f) => ((f.data.drafts[0] as { meetingId: string }).meetingId = 'meeting-z'),
      { code: 'brokenReference', path: 'data.drafts[0].meetingId' },
    ],
    [
      'an entry under an item not in the file',
      (f) => ((f.data.entries[0] as Entry).agendaItemId = 'item-z'),
      { code: 'brokenReference', path: 'data.entries[0].agendaItemId' },
    ],
    [
      "an entry under another meeting's item",
      (f) => ((f.data.entries[0] as Entry).agendaItemId = 'item-b-0'),
      { code: 'brokenReference', path: 'data.entries[0].agendaItemId' },
    ],
  ])('has %s (checksum made to match)', async (_name, change, expected) => {
    expect(await errorOf(await resigned(change))).toEqual(expected);
  });

  it('keeps the links the app itself lets dangle (a removed chair, speaker, pinned speaker)', async () => {
    const text = await resigned((f) => {
      (f.data.meetings[0] as Meeting).chairId = 'att-gone';
      (f.data.meetings[0] as Meeting).speakerKeys = ['att-gone'];
      (f.data.entries[0] as Entry).speakerId = 'att-gone';
      (f.data.actionItems[0] as { agendaItemId: string }).agendaItemId = 'item-gone';
    });
    expect((await parseBackup(text, LIMITS)).ok).toBe(true);
  });

  it('never throws, whatever the text (seeded random texts and values)', async () => {
    const random = seededRandom(7);
    const pieces = [
      '{',
      '}',
      '[',
      ']',
      '"',
      ':',
      ',',
      'format',
      'seogi-backup',
      'data',
      '1',
      'null',
      '\\u0000',
      '가',
      ' ',
    ];
    for (let i = 0; i < 300; i++) {
      const text = Array.from(
        { length: Math.floor(random() * 30) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join('');
      await expect(parseBackup(text, LIMITS)).resolves.toMatchObject({ ok: false });
    }
    const base = JSON.parse(serializeBackup(await backupOf())) as Record<string, unknown>;
    const values: unknown[] = [null, true, 0, -1, 1e308, '', 'x', [], {}, [[[]]], { a: { b: {} } }, '\ud800'];
    for (const key of ['format', 'formatVersion', 'schemaVersion', 'appVersion', 'createdAt', 'checksum', 'data']) {
      for (const value of values) {
        const result = await parseBackup(JSON.stringify({ ...base, [key]: value }), LIMITS);
        // Any non-empty text is a valid app version.
        expect(result.ok).toBe(key === 'appVersion' && typeof value === 'string' && value !== '');
      }
    }
  });
});

describe('a value nested 100,000 deep', () => {
  const arrays = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const objects = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;

  it.each([
    ['arrays', arrays],
    ['objects', objects],
  ])('of %s is refused, never thrown, at the top', async (_name, deep) => {
    expect(await errorOf(deep)).toEqual({ code: 'notABackup' });
    expect(await errorOf(`{"format":"seogi-backup","formatVersion":1,"x":${deep}}`)).toMatchObject({
      code: 'invalid',
    });
  });

  it.each([
    ['arrays', arrays, '[0]'],
    ['objects', objects, '.a'],
  ])('of %s is refused, never thrown, in any field', async (_name, deep, step) => {
    const text = serializeBackup(await backupOf());
    const inField = (key: string) => text.replace(new RegExp(`("${key}": )("[^"]*"|\\d+|\\{)`), `$1${deep},"_":$2`);
    expect(await errorOf(inField('format'))).toEqual({ code: 'notABackup' });
    expect(await errorOf(inField('formatVersion'))).toEqual({ code: 'unsupportedVersion', found: '…' });
    for (const key of ['schemaVersion', 'appVersion', 'createdAt', 'checksum', 'data']) {
      expect(await errorOf(inField(key))).toEqual({ code: 'invalid', path: key + step.repeat(12) });
    }
    // Inside a row, however the checksum was made to match.
    expect(await errorOf(inField('title'))).toEqual({
      code: 'invalid',
      path: `data.meetings[0].title${step.repeat(9)}`,
    });
  });
});

describe('meeting ids', () => {
  /** The sample file with meeting-b, and every row of it, under another id. */
  const withMeetingId = (id: string) =>
    resigned((f) => {
      for (const rows of Object.values(f.data) as { id?: string; meetingId?: string }[][]) {
        for (const row of rows) {
          if (row.id === 'meeting-b') row.id = id;
          if (row.meetingId === 'meeting-b') row.meetingId = id;
        }
      }
    });
  const routes = (id: string) => [parseRoute(`#/meetings/${id}`), parseRoute(`#/meetings/${id}/live`)];

  it.each(['meeting-b', crypto.randomUUID(), 'A_1', 'x'.repeat(200)])('%s: restored and routable', async (id) => {
    expect((await parseBackup(await withMeetingId(id), LIMITS)).ok).toBe(true);
    expect(routes(id)).toEqual([
      { name: 'meeting', id },
      { name: 'live', id },
    ]);
  });

  it.each(['../x', 'a/b', '', 'x'.repeat(1000), '<script>', 'a b', 'a.b', '%2e%2e', '한글'])(
    '%j: refused by a backup and by the router',
    async (id) => {
      expect(await errorOf(await withMeetingId(id))).toEqual({ code: 'invalid', path: 'data.meetings[1].id' });
      expect(routes(id).map((route) => route.name)).not.toContain('meeting');
      expect(routes(id).map((route) => route.name)).not.toContain('live');
    },
  );
});

describe('formatPath', () => {
  it('writes paths as a reader would', () => {
    expect(formatPath(['data', 'meetings', 3, 'title'])).toBe('data.meetings[3].title');
    expect(formatPath([])).toBe('(file)');
    expect(formatPath(['data', '../x'])).toBe('data["../x"]');
    expect(formatPath(['x'.repeat(500)])).toHaveLength(200);
  });
});

describe('phrasesToRestore', () => {
  it("writes a body's list this computer lacks or has older, and keeps one changed here since", async () => {
    const backup = await backupOf();
    const bodies = (stored: { body: string; updatedAt: number }[]) =>
      phrasesToRestore(backup.data.phrases ?? [], stored).map((row) => row.body);
    expect(bodies([])).toEqual(['', '양주시지역사회보장협의체']);
    expect(bodies([{ body: '양주시지역사회보장협의체', updatedAt: 1 }])).toEqual(['', '양주시지역사회보장협의체']);
    expect(bodies([{ body: '', updatedAt: 1_637_629_900_000 }])).toEqual(['양주시지역사회보장협의체']);
    expect(bodies([{ body: '양주시지역사회보장협의체', updatedAt: 1_637_629_800_001 }])).toEqual(['']);
  });
});

describe('planRestore', () => {
  it('sorts each meeting into new, newer, older and same, and writes only new and newer', async () => {
    const data = sampleData();
    const c: Meeting = { ...data.meetings[0]!, id: 'meeting-c', updatedAt: 500 };
    const d: Meeting = { ...data.meetings[0]!, id: 'meeting-d', updatedAt: 500 };
    data.meetings.push(c, d);
    const backup = await createBackup(data, META);
    const revision = (id: string) =>
      planRestore(outlineOf(backup), []).meetings.find((m) => m.id === id)!.backupRevision;
    // meeting-a's revision comes from its latest action item, not its own updatedAt.
    expect(revision('meeting-a')).toBe(1_637_629_600_000);
    expect(revision('meeting-b')).toBe(1_637_629_700_000);

    const plan = planRestore(outlineOf(backup), [
      { id: 'meeting-a', updatedAt: revision('meeting-a') - 1 },
      { id: 'meeting-b', updatedAt: revision('meeting-b') + 1 },
      { id: 'meeting-c', updatedAt: 500 },
      { id: 'meeting-x', updatedAt: 1 },
    ]);
    expect(plan.counts).toEqual({ new: 1, newer: 1, older: 1, same: 1 });
    expect(Object.fromEntries(plan.meetings.map((m) => [m.id, m.fate]))).toEqual({
      'meeting-a': 'newer',
      'meeting-b': 'older',
      'meeting-c': 'same',
      'meeting-d': 'new',
    });
    expect(plan.write.sort()).toEqual(['meeting-a', 'meeting-d']);
    expect(plan.keptAbsent).toBe(1);
    expect(plan.meetings.find((m) => m.id === 'meeting-d')).toMatchObject({ storedRevision: null, title: 'Council' });
  });
});

describe('restoreChunks', () => {
  it('groups whole meetings of about so many rows, in order, a larger meeting alone', () => {
    const rows = [3000, 10, 10, 1990, 5, 2000, 1, 1];
    const meetings = rows.map((n, i) => ({ id: `m${i}`, rows: n }));
    const chunks = restoreChunks(meetings, 2000);
    expect(chunks.map((chunk) => chunk.map((m) => m.id))).toEqual([
      ['m0'],
      ['m1', 'm2'],
      ['m3', 'm4'],
      ['m5'],
      ['m6', 'm7'],
    ]);
    expect(chunks.flat()).toEqual(meetings);
    for (const chunk of chunks) {
      expect(chunk.length === 1 || chunk.reduce((sum, m) => sum + m.rows, 0) <= 2000).toBe(true);
    }
    expect(restoreChunks([], 2000)).toEqual([]);
  });
});

describe('outlineOf', () => {
  it("counts each meeting's rows, its own included, with its revision", async () => {
    const backup = await backupOf();
    const outline = outlineOf(backup);
    const rowsOf = (id: string) =>
      1 +
      (['attendees', 'agendaItems', 'entries', 'events', 'actionItems', 'drafts'] as const).reduce(
        (sum, table) => sum + backup.data[table].filter((row) => row.meetingId === id).length,
        0,
      );
    expect(outline.meetings.map((m) => [m.id, m.rows])).toEqual(backup.data.meetings.map((m) => [m.id, rowsOf(m.id)]));
    expect(outline.phrases).toEqual(backup.data.phrases);
  });
});

describe('isDailyBackupDue', () => {
  it('is due when no backup of any kind was made in the last 24 hours', () => {
    const now = Date.UTC(2021, 10, 23, 12);
    expect(isDailyBackupDue([], now)).toBe(true);
    expect(isDailyBackupDue([{ createdAt: now - DAY_MS - 1 }], now)).toBe(true);
    expect(isDailyBackupDue([{ createdAt: now - 1000 }], now)).toBe(false);
    // A backup "from the future" (the clock was moved back) does not count.
    expect(isDailyBackupDue([{ createdAt: now + 1000 }], now)).toBe(true);
  });
});
