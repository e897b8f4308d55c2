/**
 * The host outside the desktop shell: saving is a download, opening is a file input, automatic
 * backups are snapshots in a separate IndexedDB database. The native menu does not exist here, so
 * no menu command ever arrives, and no flush request either (see onFlushRequest).
 */
import { MAX_OPEN_BYTES, type OpenFileResult } from '../../electron/shared/ipc';
import { type AutoBackupInfo, type AutoBackupReason } from '../domain/backupFiles';
import { snapshotStore } from '../data/backup';
import type { HostApi } from './types';

/** Where the browser keeps its automatic backups (renderer/data/backup.ts; replaced in tests). */
export interface SnapshotStore {
  save(text: string, reason: AutoBackupReason): Promise<AutoBackupInfo>;
  list(): Promise<AutoBackupInfo[]>;
  get(name: string): Promise<string | undefined>;
}

const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  hwpx: 'application/hwp+zip',
  json: 'application/json',
};

export function browserHost(snapshots: SnapshotStore = snapshotStore): HostApi {
  return {
    kind: 'browser',
    async saveFile({ kind, suggestedName, bytes }) {
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: MIME[kind] }));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = suggestedName;
      anchor.hidden = true;
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      // The download has started from the click; the URL can go once the browser has it.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { status: 'saved', fileName: suggestedName };
    },
    openFile({ kind }) {
      return new Promise<OpenFileResult>((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = `.${kind},application/${kind}`;
        input.hidden = true;
        const done = () => input.remove();
        input.addEventListener('cancel', () => {
          done();
          resolve({ status: 'canceled' });
        });
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          done();
          if (!file) return resolve({ status: 'canceled' });
          if (file.size > MAX_OPEN_BYTES) {
            return resolve({ status: 'tooLarge', fileName: file.name, bytes: file.size });
          }
          file.text().then((text) => resolve({ status: 'opened', fileName: file.name, text }), reject);
        });
        document.body.append(input);
        input.click();
      });
    },
    // The browser's print dialog offers "Save as PDF"; it returns when the dialog closes.
    async savePdf() {
      window.print();
      return { status: 'printed' };
    },
    copyText: (text) => navigator.clipboard.writeText(text),
    setLanguage() {},
    async writeAutoBackup({ reason, text }) {
      return { status: 'written', backup: await snapshots.save(text, reason) };
    },
    listAutoBackups: () => snapshots.list(),
    async readAutoBackup(name) {
      const text = await snapshots.get(name);
      return text === undefined ? { status: 'notFound', name } : { status: 'read', name, text };
    },
    onMenuCommand() {
      return () => {};
    },
    // A browser gives a page no way to wait before its tab closes (pagehide and beforeunload
    // cannot hold it for an asynchronous write). Here the renderer mirrors every keystroke
    // synchronously to localStorage instead, so there is nothing to flush and no request comes.
    onFlushRequest() {
      return () => {};
    },
  };
}
