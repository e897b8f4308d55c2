import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../domain/model';
import { useCommand } from '../hooks/commands';
import { loadMeetingRecord } from '../data/record';
import type { Meeting } from '../domain/model';
import { buildMinutesDocx, buildMinutesText } from '../export/exportMinutes';
import { host } from '../host';

type Status =
  { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

/**
 * The Export minutes button and its dialog: document language, save as .docx, copy as text. When
 * the dialog closes, the browser gives the focus back to where it was; `onClosed` may move it on
 * (the live screen: to the Entry field).
 */
export function ExportButton({ meeting, onClosed }: { meeting: Meeting; onClosed?: () => void }) {
  const { t } = useTranslation('export');
  const [open, setOpen] = useState(false);
  useCommand('exportMinutes', () => setOpen(true));
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('button')}
      </button>
      {open ? (
        <ExportDialog
          meeting={meeting}
          onClose={() => {
            setOpen(false);
            onClosed?.();
          }}
        />
      ) : null}
    </>
  );
}

function ExportDialog({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t } = useTranslation(['export', 'common']);
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [language, setLanguage] = useState<Language>(meeting.minutesLanguage);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    ref.current?.showModal();
  }, []);

  const record = async () => {
    const loaded = await loadMeetingRecord(meeting.id);
    if (!loaded) throw new Error(t('common:error.notFound'));
    return loaded;
  };

  const save = async () => {
    setStatus({ kind: 'working' });
    try {
      const { bytes, fileName } = await buildMinutesDocx(await record(), language);
      const result = await host.saveFile({ kind: 'docx', suggestedName: fileName, bytes });
      if (result.status === 'canceled') setStatus({ kind: 'idle' });
      else
        setStatus({
          kind: 'done',
          message: t(host.kind === 'desktop' ? 'saved' : 'downloaded', { fileName: result.fileName }),
        });
    } catch (error) {
      setStatus({
        kind: 'error',
        message: t('failed', { message: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

  const copy = async () => {
    setStatus({ kind: 'working' });
    try {
      await host.copyText(await buildMinutesText(await record(), language));
      setStatus({ kind: 'done', message: t('copied') });
    } catch (error) {
      setStatus({
        kind: 'error',
        message: t('copyFailed', { message: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

  const busy = status.kind === 'working';
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{t('heading')}</h2>
      <div role="radiogroup" aria-labelledby={`${id}-language`} aria-describedby={`${id}-hint`} className="radio-group">
        <p id={`${id}-language`} className="radio-group__label">
          {t('documentLanguage')}
        </p>
        {LANGUAGES.map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name={`${id}-language`}
              value={value}
              checked={language === value}
              onChange={() => setLanguage(value)}
            />
            {t(`common:language.${value}`)}
          </label>
        ))}
        <p id={`${id}-hint`} className="field__hint">
          {t('documentLanguageHint')}
        </p>
      </div>
      <p className={`export-status export-status--${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
        {status.kind === 'working'
          ? t('working')
          : status.kind === 'done' || status.kind === 'error'
            ? status.message
            : ''}
      </p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => ref.current?.close()}>
          {t('close')}
        </button>
        <button type="button" className="button" onClick={() => void copy()} disabled={busy}>
          {t('copy')}
        </button>
        <button type="button" className="button button--primary" onClick={() => void save()} disabled={busy} autoFocus>
          {t('save')}
        </button>
      </div>
    </dialog>
  );
}
