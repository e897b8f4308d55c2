import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { deleteMeeting } from '../data/meetings';
import type { MeetingSummary } from '../domain/model';

/**
 * Deletes a meeting and everything recorded in it, after an explicit confirmation. Approved
 * minutes are not deleted: the dialog says they must be unlocked first, and offers no delete.
 */
export function DeleteMeetingButton({
  meeting,
  label,
  className = 'button button--danger',
  onDeleted,
}: {
  meeting: Pick<MeetingSummary, 'id' | 'title' | 'status'>;
  label: ReactNode;
  className?: string;
  onDeleted?: () => void;
}) {
  const { t } = useTranslation('meetings');
  const [open, setOpen] = useState(false);
  const title = meeting.title || t('untitled');
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && meeting.status === 'approved' ? (
        <ConfirmDialog
          open
          title={t('approvedDelete.title')}
          body={t('approvedDelete.body', { title })}
          cancelLabel={t('approvedDelete.close')}
          onCancel={() => setOpen(false)}
          onConfirm={() => setOpen(false)}
        />
      ) : open ? (
        <ConfirmDialog
          open
          danger
          title={t('confirmDelete.title')}
          body={t('confirmDelete.body', { title })}
          confirmLabel={t('confirmDelete.confirm')}
          cancelLabel={t('confirmDelete.cancel')}
          onCancel={() => setOpen(false)}
          onConfirm={() => {
            setOpen(false);
            void deleteMeeting(meeting.id).then(() => onDeleted?.());
          }}
        />
      ) : null}
    </>
  );
}
