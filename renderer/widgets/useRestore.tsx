/**
 * Restoring a backup, in two steps: the file is checked and a preview says what would happen
 * (new, newer, older, same meetings); only "Restore" changes anything, in one transaction.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyRestore, currentStoredMeetings, RestoreConflictError, schemaVersion } from '../data/backup';
import {
  MAX_BACKUP_BYTES,
  parseBackup,
  planRestore,
  type BackupError,
  type BackupFile,
  type RestorePlan,
} from '../domain/backup';
import { currentLanguage } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { clockTime, isoDay } from '../domain/dates';

export type Outcome = { kind: 'ok' | 'error'; text: string };

interface Pending {
  fileName: string;
  backup: BackupFile;
  plan: RestorePlan;
}

function PreviewDialog({
  pending,
  onConfirm,
  onCancel,
}: {
  pending: Pending;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['archive', 'record']);
  const { t: tr } = useTranslation('record');
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => ref.current?.showModal(), []);
  const { plan, backup } = pending;
  const made = new Date(backup.createdAt).getTime();
  const fates = (['new', 'newer', 'older', 'same'] as const).filter((fate) => plan.counts[fate] > 0);
  const changes = plan.counts.new + plan.counts.newer;
  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{t('preview.title', { fileName: pending.fileName })}</h2>
      <p>
        {t('preview.made', {
          date: Number.isFinite(made)
            ? formatDateTime(tr, isoDay(made), clockTime(made), currentLanguage())
            : backup.createdAt,
          version: backup.appVersion,
        })}
      </p>
      {changes === 0 ? <p>{t('preview.nothing')}</p> : <p>{t('preview.summary')}</p>}
      <ul className="restore-summary">
        {fates.map((fate) => (
          <li key={fate}>{t(`preview.${fate}`, { count: plan.counts[fate] })}</li>
        ))}
      </ul>
      {plan.keptAbsent > 0 ? <p className="muted">{t('preview.keptAbsent', { count: plan.keptAbsent })}</p> : null}
      <ul className="restore-list">
        {plan.meetings.map((meeting) => (
          <li key={meeting.id}>
            <span>{[meeting.date, meeting.sessionLabel, meeting.title].filter(Boolean).join(' · ')}</span>
            <span className={`badge badge--fate-${meeting.fate}`}>{t(`preview.fate.${meeting.fate}`)}</span>
          </li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {t('preview.cancel')}
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm} disabled={changes === 0}>
          {t('preview.confirm')}
        </button>
      </div>
    </dialog>
  );
}

export function useRestore(onOutcome: (outcome: Outcome) => void): {
  begin: (fileName: string, text: string) => Promise<void>;
  refuse: (error: BackupError) => void;
  dialog: ReactNode;
} {
  const { t } = useTranslation('archive');
  const [pending, setPending] = useState<Pending | null>(null);

  const refuse = (error: BackupError) => {
    const vars = 'path' in error ? { path: error.path } : 'found' in error ? { found: String(error.found) } : {};
    onOutcome({
      kind: 'error',
      text: t(`errors.${error.code}`, { ...vars, mb: Math.round(MAX_BACKUP_BYTES / 1024 / 1024) }),
    });
  };

  const begin = async (fileName: string, text: string) => {
    const parsed = await parseBackup(text, { schemaVersion: schemaVersion() });
    if (!parsed.ok) return refuse(parsed.error);
    setPending({ fileName, backup: parsed.backup, plan: planRestore(parsed.backup, await currentStoredMeetings()) });
  };

  const confirm = async () => {
    if (!pending) return;
    setPending(null);
    try {
      const result = await applyRestore(pending.backup, pending.plan);
      const skipped = result.skipped.length > 0 ? ` ${t('restoredSkipped', { count: result.skipped.length })}` : '';
      onOutcome({ kind: 'ok', text: `${t('restored', { count: result.written })}${skipped}` });
    } catch (error) {
      if (error instanceof RestoreConflictError) return onOutcome({ kind: 'error', text: t('errors.idConflict') });
      onOutcome({
        kind: 'error',
        text: t('errors.failed', { message: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

  const dialog = pending ? (
    <PreviewDialog pending={pending} onConfirm={() => void confirm()} onCancel={() => setPending(null)} />
  ) : null;
  return { begin, refuse, dialog };
}
