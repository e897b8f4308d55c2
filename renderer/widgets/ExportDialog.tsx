import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MinutesPage } from './MinutesPage';
import { LANGUAGES, type Language } from '../domain/model';
import { useCommand } from '../hooks/commands';
import { useMeetingRecord } from '../data/hooks';
import { loadMeetingRecord } from '../data/record';
import type { Meeting } from '../domain/model';
import { minutesContent } from '../export/docx/content';
import { buildMinutesFile, buildMinutesText, minutesFileNameAs } from '../export/exportMinutes';
import { host } from '../host';

type Status =
  { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

/**
 * The Export minutes button and its dialog: document language, save as .docx or .hwpx (Hancom),
 * copy as text, and the Minutes preview — the minutes as they stand, in the chosen language,
 * following the record as it changes — which Save as PDF prints. When the dialog closes, the browser gives the focus
 * back to where it was; `onClosed` may move it on (the live screen: to the Entry field).
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
  // The preview is built in a deferred render: on a long meeting the radio answers at once and
  // the pages follow when ready, and a render that is overtaken by a newer record is dropped.
  const live = useMeetingRecord(meeting.id);
  const shown = useDeferredValue(live);
  const shownLanguage = useDeferredValue(language);
  const content = useMemo(() => (shown ? minutesContent(shown, shownLanguage) : null), [shown, shownLanguage]);
  // Save as PDF prints what the preview shows: only once it shows the chosen language and the record as it is.
  const previewCurrent = content !== null && shown === live && shownLanguage === language;

  useEffect(() => {
    ref.current?.showModal();
  }, []);

  const record = async () => {
    const loaded = await loadMeetingRecord(meeting.id);
    if (!loaded) throw new Error(t('common:error.notFound'));
    return loaded;
  };

  /** Runs one of the dialog's actions, saying in the status line that it works, then how it went. */
  const act = async (task: () => Promise<Status>, failure: 'failed' | 'copyFailed') => {
    setStatus({ kind: 'working' });
    try {
      setStatus(await task());
    } catch (error) {
      setStatus({
        kind: 'error',
        message: t(failure, { message: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

  const save = (format: 'docx' | 'hwpx') =>
    act(async () => {
      const { bytes, fileName } = await buildMinutesFile(await record(), language, format);
      const result = await host.saveFile({ kind: format, suggestedName: fileName, bytes });
      if (result.status === 'canceled') return { kind: 'idle' };
      return {
        kind: 'done',
        message: t(host.kind === 'desktop' ? 'saved' : 'downloaded', { fileName: result.fileName }),
      };
    }, 'failed');

  const savePdf = () =>
    act(async () => {
      if (!content || !shown) return { kind: 'idle' };
      const result = await host.savePdf({
        suggestedName: await minutesFileNameAs(shown, content.language, 'pdf'),
        footer: content.labels.pattern('footer.page'),
      });
      return result.status === 'saved'
        ? { kind: 'done', message: t('saved', { fileName: result.fileName }) }
        : { kind: 'idle' };
    }, 'failed');

  const copy = () =>
    act(async () => {
      await host.copyText(await buildMinutesText(await record(), language));
      return { kind: 'done', message: t('copied') };
    }, 'copyFailed');

  const busy = status.kind === 'working';
  return (
    <dialog ref={ref} className="dialog export-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="export-dialog__controls">
        <h2 id={`${id}-title`}>{t('heading')}</h2>
        <div
          role="radiogroup"
          aria-labelledby={`${id}-language`}
          aria-describedby={`${id}-hint`}
          className="radio-group"
        >
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
        <div className="export-dialog__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void save('docx')}
            disabled={busy}
            autoFocus
          >
            {t('save')}
          </button>
          <button type="button" className="button" onClick={() => void save('hwpx')} disabled={busy}>
            {t('saveHwpx')}
          </button>
          <button type="button" className="button" onClick={() => void savePdf()} disabled={busy || !previewCurrent}>
            {t('savePdf')}
          </button>
          <button type="button" className="button" onClick={() => void copy()} disabled={busy}>
            {t('copy')}
          </button>
        </div>
        <p
          className={`export-status export-status--${status.kind}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
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
        </div>
      </div>
      {/* One Tab stop, so that the pages scroll from the keyboard too. */}
      <section className="export-preview" aria-label={t('preview')} aria-busy={!previewCurrent} tabIndex={0}>
        {content ? <MinutesPage content={content} /> : <p className="export-preview__loading">{t('previewLoading')}</p>}
      </section>
    </dialog>
  );
}
