import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editorName } from '../../hooks/prefs';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTimeField } from '../../components/DateTimeField';
import { approveMinutes, unlockMinutes } from '../../data/approval';
import { clockTime, isoDay } from '../../domain/dates';
import type { Attendee, Meeting } from '../../domain/model';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';

function ApproveDialog({
  meeting,
  roster,
  onClose,
}: {
  meeting: Meeting;
  roster: readonly Attendee[];
  onClose: () => void;
}) {
  const { t } = useTranslation('editor');
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const chair = roster.find((a) => a.id === meeting.chairId);
  const [date, setDate] = useState(() => isoDay(Date.now()));
  const [by, setBy] = useState(chair?.name ?? '');
  useEffect(() => ref.current?.showModal(), []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form
        method="dialog"
        className="dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!date || !by.trim()) return;
          void approveMinutes(meeting.id, { date, by: by.trim() }).then(() => ref.current?.close());
        }}
      >
        <h2 id={`${id}-title`}>{t('approval.heading')}</h2>
        <p>{t('approval.body')}</p>
        <DateTimeField kind="date" label={t('approval.date')} required value={date} onValueChange={setDate} />
        <label htmlFor={`${id}-by`}>{t('approval.by')}</label>
        <input id={`${id}-by`} type="text" required value={by} onChange={(e) => setBy(e.target.value)} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => ref.current?.close()}>
            {t('approval.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('approval.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** Approve (ended meetings), or the approval banner with Unlock (approved ones), and the log. */
export function ApprovalControls({ meeting, roster }: { meeting: Meeting; roster: readonly Attendee[] }) {
  const { t } = useTranslation(['editor', 'record']);
  const { t: tr } = useTranslation('record');
  const [approving, setApproving] = useState(false);
  const [unlocking, setUnlocking] = useState(false);
  const when = (at: number) => `${formatDate(tr, isoDay(at), currentLanguage())} ${clockTime(at)}`;
  return (
    <>
      {meeting.status === 'ended' ? (
        <button type="button" className="button" onClick={() => setApproving(true)}>
          {t('approval.approve')}
        </button>
      ) : null}
      {meeting.status === 'approved' && meeting.approval ? (
        <div className="banner banner--approved" role="status">
          <span>
            {t('approval.banner', {
              date: formatDate(tr, meeting.approval.date, currentLanguage()),
              by: meeting.approval.by,
            })}
          </span>
          <button type="button" className="button button--small" onClick={() => setUnlocking(true)}>
            {t('approval.unlock')}
          </button>
        </div>
      ) : null}
      {meeting.approvalLog.length > 0 ? (
        <details className="approval-log">
          <summary>{t('approval.log')}</summary>
          <ul>
            {meeting.approvalLog.map((event) => (
              <li key={event.at}>
                {t(event.action === 'approved' ? 'approval.approvedEvent' : 'approval.unlockedEvent', {
                  time: when(event.at),
                  by: event.by,
                })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {approving ? <ApproveDialog meeting={meeting} roster={roster} onClose={() => setApproving(false)} /> : null}
      <ConfirmDialog
        open={unlocking}
        danger
        title={t('approval.unlockTitle')}
        body={t('approval.unlockBody')}
        confirmLabel={t('approval.unlockConfirm')}
        cancelLabel={t('approval.cancel')}
        onCancel={() => setUnlocking(false)}
        onConfirm={() => {
          setUnlocking(false);
          void unlockMinutes(meeting.id, editorName(meeting.recorder));
        }}
      />
    </>
  );
}
