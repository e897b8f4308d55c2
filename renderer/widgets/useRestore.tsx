/**
 * Restoring a backup, in two steps: the file is checked (off the main thread) and a preview says
 * what would happen (new, newer, older, same meetings); only "Restore" changes anything, a few
 * whole meetings at a time with a progress bar (see data/backup.ts applyRestore). A reload in the
 * middle leaves the meetings written so far, each whole, and the rest as they were.
 */
import { useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  applyRestore,
  currentStoredMeetings,
  openBackup,
  RestoreConflictError,
  RestoreStoppedError,
  type BackupSource,
} from '../data/backup';
import { MAX_BACKUP_BYTES, planRestore, type BackupError, type RestorePlan } from '../domain/backup';
import { currentLanguage } from '../i18n';
import { formatDate, formatDateTime } from '../i18n/format';
import { clockTime, isoDay } from '../domain/dates';

export type Outcome = { kind: 'ok' | 'error'; text: string };

/**
 * Meetings the preview names, those the restore would change first: a backup of years holds
 * thousands, and a dialog of 10,000 rows is neither drawn quickly nor read.
 */
const PREVIEW_ROWS = 100;
const CHANGES_FIRST = { new: 0, newer: 1, older: 2, same: 3 } as const;

interface Pending {
  fileName: string;
  source: BackupSource;
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
  const { plan, source } = pending;
  const { createdAt, appVersion } = source.outline;
  const made = new Date(createdAt).getTime();
  const fates = (['new', 'newer', 'older', 'same'] as const).filter((fate) => plan.counts[fate] > 0);
  const changes = plan.counts.new + plan.counts.newer;
  // Within a fate, newest first, as the meetings list reads (undated ones last).
  const listed = [...plan.meetings]
    .sort((a, b) => CHANGES_FIRST[a.fate] - CHANGES_FIRST[b.fate] || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .slice(0, PREVIEW_ROWS);
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
            : createdAt,
          version: appVersion,
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
        {listed.map((meeting) => (
          <li key={meeting.id}>
            <span>
              {[meeting.date && formatDate(tr, meeting.date, currentLanguage()), meeting.sessionLabel, meeting.title]
                .filter(Boolean)
                .join(' · ')}
            </span>
            <span className={`badge badge--fate-${meeting.fate}`}>{t(`preview.fate.${meeting.fate}`)}</span>
          </li>
        ))}
      </ul>
      {plan.meetings.length > listed.length ? (
        <p className="muted">{t('preview.more', { count: plan.meetings.length - listed.length })}</p>
      ) : null}
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

/**
 * One restore at a time, wherever it was started (the Backup toolbar, an automatic backup, the
 * menu): every Restore control is disabled while one is being read or written.
 */
let restoring = false;
const restoringListeners = new Set<() => void>();

function setRestoring(value: boolean): void {
  restoring = value;
  for (const listener of restoringListeners) listener();
}

function subscribeRestoring(listener: () => void): () => void {
  restoringListeners.add(listener);
  return () => restoringListeners.delete(listener);
}

export function useRestoring(): boolean {
  return useSyncExternalStore(subscribeRestoring, () => restoring);
}

/** While the file is checked (no count yet), then while its meetings are written. */
type Progress = { done: number; total: number } | 'checking';

function RestoreProgress({ progress }: { progress: Progress }) {
  const { t } = useTranslation('archive');
  const counted = progress !== 'checking';
  return (
    <div className="restore-progress">
      <div
        role="progressbar"
        aria-label={t('progress.label')}
        aria-valuemin={0}
        aria-valuemax={counted ? progress.total : undefined}
        aria-valuenow={counted ? progress.done : undefined}
        aria-valuetext={counted ? t('progress.count', progress) : t('progress.checking')}
        className="restore-progress__bar"
      >
        <span style={{ inlineSize: counted ? `${(100 * progress.done) / Math.max(1, progress.total)}%` : '0%' }} />
      </div>
      <p className="muted" aria-hidden="true">
        {counted ? t('progress.count', progress) : t('progress.checking')}
      </p>
    </div>
  );
}

/**
 * Restoring where the caller shows it: `begin` checks a file (in the backup reader's worker) and
 * opens the preview; `panel` is the preview, then the progress while the restore runs. The
 * outcome (the summary, or why the file was refused) goes to `onOutcome`, shown in the same place.
 */
export function useRestore(onOutcome: (outcome: Outcome) => void): {
  begin: (fileName: string, text: string) => Promise<void>;
  refuse: (error: BackupError) => void;
  restoring: boolean;
  panel: ReactNode;
} {
  const { t } = useTranslation('archive');
  const [pending, setPending] = useState<Pending | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);

  const refuse = (error: BackupError) => {
    const vars = 'path' in error ? { path: error.path } : 'found' in error ? { found: String(error.found) } : {};
    onOutcome({
      kind: 'error',
      text: t(`errors.${error.code}`, { ...vars, mb: Math.round(MAX_BACKUP_BYTES / 1024 / 1024) }),
    });
  };

  const failed = (error: unknown) => {
    if (error instanceof RestoreConflictError) return onOutcome({ kind: 'error', text: t('errors.idConflict') });
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof RestoreStoppedError) {
      return onOutcome({ kind: 'error', text: t('errors.stopped', { count: error.written, message }) });
    }
    onOutcome({ kind: 'error', text: t('errors.failed', { message }) });
  };

  /** Runs `work` as the one restore of the moment, showing `first` as its progress meanwhile. */
  const exclusive = async (first: Progress, work: () => Promise<void>) => {
    if (restoring) return;
    setRestoring(true);
    setProgress(first);
    try {
      await work();
    } catch (error) {
      failed(error);
    } finally {
      setProgress(null);
      setRestoring(false);
    }
  };

  const begin = (fileName: string, text: string) =>
    exclusive('checking', async () => {
      const opened = await openBackup(text);
      if (!opened.ok) return refuse(opened.error);
      const plan = planRestore(opened.source.outline, await currentStoredMeetings());
      setPending({ fileName, source: opened.source, plan });
    });

  const cancel = () => {
    pending?.source.close();
    setPending(null);
  };

  const confirm = () => {
    if (!pending) return;
    const { source, plan } = pending;
    setPending(null);
    void exclusive({ done: 0, total: plan.write.length }, async () => {
      try {
        const result = await applyRestore(source, plan, {
          onProgress: (done, total) => setProgress({ done, total }),
        });
        const skipped = result.skipped.length > 0 ? ` ${t('restoredSkipped', { count: result.skipped.length })}` : '';
        onOutcome({ kind: 'ok', text: `${t('restored', { count: result.written })}${skipped}` });
      } finally {
        source.close();
      }
    });
  };

  const panel = pending ? (
    <PreviewDialog pending={pending} onConfirm={confirm} onCancel={cancel} />
  ) : progress ? (
    <RestoreProgress progress={progress} />
  ) : null;
  return { begin, refuse, restoring: useRestoring(), panel };
}
