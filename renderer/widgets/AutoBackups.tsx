import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutoBackupInfo } from '../domain/backupFiles';
import { makeAutoBackup, onAutoBackupWritten } from './autoBackup';
import { clockTime, isoDay } from '../domain/dates';
import { host } from '../host';
import { currentLanguage } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { OutcomeMessage } from '../components/PageStates';
import { useRestore, type Outcome } from './useRestore';

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The automatic backups the host keeps, newest first, each one restorable. */
export function AutoBackups() {
  const { t } = useTranslation(['archive', 'record']);
  const { t: tr } = useTranslation('record');
  const [list, setList] = useState<AutoBackupInfo[] | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const restore = useRestore(setOutcome);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let active = true;
    host.listAutoBackups().then(
      (found) => active && setList(found),
      () => active && setList([]),
    );
    return () => {
      active = false;
    };
  }, [version]);
  // A backup made while the list is shown (the daily one, a meeting's end, Back up now) joins it.
  useEffect(() => onAutoBackupWritten(() => setVersion((v) => v + 1)), []);

  const restoreOne = async (backup: AutoBackupInfo) => {
    setOutcome(null);
    const read = await host.readAutoBackup(backup.name);
    if (read.status === 'read') await restore.begin(backup.name, read.text);
    else restore.refuse(read.status === 'tooLarge' ? { code: 'tooLarge', maxBytes: read.bytes } : { code: 'notJson' });
  };

  return (
    <section className="card" aria-labelledby="auto-backups-heading">
      <h2 id="auto-backups-heading">{t('auto.heading')}</h2>
      <p className="field__hint">{t(host.kind === 'desktop' ? 'auto.desktopHint' : 'auto.browserHint')}</p>
      {list === null ? null : list.length === 0 ? (
        <p className="muted">{t('auto.none')}</p>
      ) : (
        <ul className="auto-backups">
          {list.map((backup) => (
            <li key={backup.name}>
              <span>
                {t('auto.made', {
                  date: formatDateTime(tr, isoDay(backup.createdAt), clockTime(backup.createdAt), currentLanguage()),
                  reason: t(`auto.reason.${backup.reason}`),
                  size: size(backup.bytes),
                })}
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => void restoreOne(backup)}
                disabled={restore.restoring}
              >
                {t('auto.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="toolbar">
        <button type="button" className="button button--small" onClick={() => void makeAutoBackup('manual')}>
          {t('auto.backupNow')}
        </button>
      </div>
      <OutcomeMessage outcome={outcome} />
      {restore.panel}
    </section>
  );
}
