/**
 * Approving minutes makes the meeting read-only; unlocking is possible but recorded, like every
 * approval, in the meeting's approval log.
 */
import type { Approval } from '../domain/model';
import { db } from './db';

export async function approveMinutes(meetingId: string, approval: Pick<Approval, 'date' | 'by'>, now = Date.now()) {
  const d = db();
  await d.transaction('rw', d.meetings, async () => {
    const meeting = await d.meetings.get(meetingId);
    if (!meeting || meeting.status === 'approved') return;
    await d.meetings.update(meetingId, {
      status: 'approved',
      approval: { ...approval, at: now },
      approvalLog: [
        ...meeting.approvalLog,
        { action: 'approved', by: approval.by, at: now, statusBefore: meeting.status },
      ],
      updatedAt: now,
    });
  });
}

export async function unlockMinutes(meetingId: string, by: string, now = Date.now()) {
  const d = db();
  await d.transaction('rw', d.meetings, async () => {
    const meeting = await d.meetings.get(meetingId);
    if (!meeting || meeting.status !== 'approved') return;
    const approved = meeting.approvalLog.findLast((event) => event.action === 'approved');
    await d.meetings.update(meetingId, {
      status: approved?.statusBefore ?? 'ended',
      approval: null,
      approvalLog: [...meeting.approvalLog, { action: 'unlocked', by, at: now }],
      updatedAt: now,
    });
  });
}
