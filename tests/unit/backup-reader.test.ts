/**
 * The backup reader as the worker runs it (data/backupReader.ts), called directly: what it answers
 * for a good backup, a refused one and the rows of a restore's chunks.
 */
import { describe, expect, it } from 'vitest';
import { createBackupReader, type IdsByTable, type ReaderResponse } from '../../renderer/data/backupReader';
import { createBackup, serializeBackup, type BackupData } from '../../renderer/domain/backup';
import { bulkMeeting } from '../fixtures/bulk';

const SCHEMA = 5;

async function backupText(data: BackupData, schemaVersion = SCHEMA): Promise<string> {
  return serializeBackup(await createBackup(data, { appVersion: '0.1.0', schemaVersion, now: Date.UTC(2021, 10, 23) }));
}

function twoMeetings(): BackupData {
  const [a, b] = [
    bulkMeeting({ attendees: 3, agendaItems: 2, entries: 5 }),
    bulkMeeting({ attendees: 1, agendaItems: 1, entries: 2 }),
  ];
  return {
    meetings: [...a!.meetings, ...b!.meetings],
    attendees: [...a!.attendees, ...b!.attendees],
    agendaItems: [...a!.agendaItems, ...b!.agendaItems],
    entries: [...a!.entries, ...b!.entries],
    events: [],
    actionItems: [],
    drafts: [],
    phrases: [],
  };
}

function opened(response: ReaderResponse) {
  if (response.kind !== 'opened') throw new Error(`not opened: ${JSON.stringify(response)}`);
  return response;
}

describe('backup reader', () => {
  it('opens a good backup and answers with its outline only, then the rows of the meetings asked for', async () => {
    const data = twoMeetings();
    const ask = createBackupReader();
    const { handle, outline } = opened(
      await ask({ kind: 'open', text: await backupText(data), schemaVersion: SCHEMA }),
    );
    const [a, b] = data.meetings;
    expect(outline.appVersion).toBe('0.1.0');
    expect(Object.fromEntries(outline.meetings.map((m) => [m.id, m.rows]))).toEqual({ [a!.id]: 11, [b!.id]: 5 });
    expect(outline).not.toHaveProperty('data');

    const rows = await ask({ kind: 'rows', handle, meetingIds: [b!.id] });
    expect(rows).toMatchObject({ kind: 'rows' });
    if (rows.kind !== 'rows') return;
    expect(rows.rows.meetings).toEqual([b]);
    // The file holds each table sorted by id.
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(rows.rows.entries).toEqual(byId(data.entries.filter((e) => e.meetingId === b!.id)));
    expect(rows.rows.attendees).toHaveLength(1);
  });

  it('says which of the rows asked for have ids already stored', async () => {
    const data = twoMeetings();
    const ask = createBackupReader();
    const { handle } = opened(await ask({ kind: 'open', text: await backupText(data), schemaVersion: SCHEMA }));
    const [a, b] = data.meetings;
    const storedEntry = data.entries.find((e) => e.meetingId === a!.id)!.id;
    const stored: IdsByTable = {
      attendees: [],
      agendaItems: [],
      entries: [storedEntry, 'elsewhere'],
      events: [],
      actionItems: [],
    };
    expect(await ask({ kind: 'overlap', handle, meetingIds: [a!.id, b!.id], stored })).toEqual({
      kind: 'overlap',
      ids: { attendees: [], agendaItems: [], entries: [storedEntry], events: [], actionItems: [] },
    });
    expect(await ask({ kind: 'overlap', handle, meetingIds: [b!.id], stored })).toMatchObject({ ids: { entries: [] } });
  });

  it.each([
    ['not JSON', async () => '{"format": "seogi-backup", ', 'notJson'],
    ['not a backup', async () => JSON.stringify({ hello: 'world' }), 'notABackup'],
    ['of a newer schema', () => backupText(twoMeetings(), SCHEMA + 1), 'newerSchema'],
    [
      'tampered',
      async () => (await backupText(twoMeetings())).replace('"대용량 회의"', '"변조된 회의"'),
      'checksumMismatch',
    ],
  ])('refuses a file %s with its reason', async (_, text, code) => {
    const ask = createBackupReader();
    expect(await ask({ kind: 'open', text: await text(), schemaVersion: SCHEMA })).toMatchObject({
      kind: 'refused',
      error: { code },
    });
  });

  it('forgets a closed backup, and answers a request for it with a failure, not a throw', async () => {
    const ask = createBackupReader();
    const { handle } = opened(
      await ask({ kind: 'open', text: await backupText(twoMeetings()), schemaVersion: SCHEMA }),
    );
    expect(await ask({ kind: 'close', handle })).toEqual({ kind: 'closed' });
    expect(await ask({ kind: 'rows', handle, meetingIds: [] })).toMatchObject({ kind: 'failed' });
  });
});
