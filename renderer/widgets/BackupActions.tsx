import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../hooks/commands';
import { APP_VERSION } from './version';
import { backupText } from '../data/backup';
import { MAX_BACKUP_BYTES } from '../domain/backup';
import { isoDay } from '../domain/dates';
import { host } from '../host';
import { OutcomeMessage } from '../components/PageStates';
import { useRestore, type Outcome } from './useRestore';

/** Back up all data to one file; restore from such a file (checked, previewed, then applied). */
export function BackupActions() {
  const { t } = useTranslation('archive');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const restore = useRestore(setOutcome);

  const backUp = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const bytes = new TextEncoder().encode(await backupText({ appVersion: APP_VERSION }));
      const suggestedName = `seogi-backup-${isoDay(Date.now())}.json`;
      const result = await host.saveFile({ kind: 'json', suggestedName, bytes });
      if (result.status === 'saved') {
        setOutcome({
          kind: 'ok',
          text: t(host.kind === 'desktop' ? 'backupSaved' : 'backupDownloaded', { fileName: result.fileName }),
        });
      }
    } catch (error) {
      setOutcome({
        kind: 'error',
        text: t('backupFailed', { message: error instanceof Error ? error.message : String(error) }),
      });
    } finally {
      setBusy(false);
    }
  };

  const restoreFromFile = async () => {
    if (restore.restoring) return;
    setOutcome(null);
    const file = await host.openFile({ kind: 'json' });
    if (file.status === 'canceled') return;
    if (file.status === 'tooLarge') return restore.refuse({ code: 'tooLarge', maxBytes: MAX_BACKUP_BYTES });
    await restore.begin(file.fileName, file.text);
  };

  useCommand('backup', () => void backUp());
  useCommand('restore', () => void restoreFromFile());

  return (
    <div className="backup-actions">
      <div className="toolbar">
        <button type="button" className="button" onClick={() => void backUp()} disabled={busy}>
          {t('backup')}
        </button>
        <button type="button" className="button" onClick={() => void restoreFromFile()} disabled={restore.restoring}>
          {t('restore')}
        </button>
      </div>
      <OutcomeMessage outcome={outcome} />
      {restore.panel}
    </div>
  );
}
