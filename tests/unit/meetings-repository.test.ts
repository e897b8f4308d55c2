import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../renderer/data/db';
import { createMeeting, getMeeting, listMeetings, updateMeeting } from '../../renderer/data/meetings';

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
});

describe('meetings repository', () => {
  it('creates a draft meeting with defaults', async () => {
    const id = await createMeeting('ko', { title: '대표협의체 회의' });
    const meeting = await getMeeting(id);
    expect(meeting).toMatchObject({
      id,
      title: '대표협의체 회의',
      status: 'draft',
      minutesLanguage: 'ko',
      quorum: { open: { numerator: 1, denominator: 2 }, pass: { numerator: 1, denominator: 2 } },
    });
  });

  it('saves edits and lists undated meetings newest first', async () => {
    const first = await createMeeting('en', { title: 'First' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await createMeeting('en', { title: 'Second' });
    await updateMeeting(first, { location: '시청 상황실' });
    const list = await listMeetings();
    expect(list.map((m) => m.id)).toEqual([second, first]);
    expect(list[1]?.location).toBe('시청 상황실');
  });

  it("opens the database with the six tables of the data model, the entry drafts, the marks of the live journal, the bodies' phrases and the search index", () => {
    expect(
      db()
        .tables.map((t) => t.name)
        .sort(),
    ).toEqual(
      [
        'actionItems',
        'agendaItems',
        'attendees',
        'drafts',
        'entries',
        'events',
        'journal',
        'meetingList',
        'meetings',
        'phrases',
        'searchDocs',
        'searchMeta',
      ].sort(),
    );
  });
});
