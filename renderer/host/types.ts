import type {
  MenuCommand,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  ReadAutoBackupResult,
  SaveFileResult,
  WriteAutoBackupRequest,
  WriteAutoBackupResult,
} from '../../electron/shared/ipc';
import type { AutoBackupInfo } from '../domain/backupFiles';
import type { Language } from '../domain/model';

/**
 * Everything the renderer asks of the platform. The desktop host forwards to the shell's preload
 * bridge; the browser host does the same with downloads and a file input, so the renderer runs
 * unchanged in a plain browser.
 */
export interface HostApi {
  readonly kind: 'desktop' | 'browser';
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  setLanguage(language: Language): void;
  /** Puts text on the clipboard. */
  copyText(text: string): Promise<void>;
  /**
   * Keeps a backup's text as an automatic backup: in the shell a file in the backups folder of
   * the user-data folder, in the browser a snapshot in its own IndexedDB database. Either keeps
   * only the last few.
   */
  writeAutoBackup(request: WriteAutoBackupRequest): Promise<WriteAutoBackupResult>;
  /** The automatic backups, newest first. */
  listAutoBackups(): Promise<AutoBackupInfo[]>;
  /** An automatic backup's text, by the name listAutoBackups gave. */
  readAutoBackup(name: string): Promise<ReadAutoBackupResult>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Subscribes to the shell's request, before a window closes or the app quits, to write what is
   * pending; the listener's promise settles when that is done (or has failed). Returns the
   * unsubscribe function. The shell waits for every listener, but at most a few seconds, so a
   * listener should only finish writes already under way, not start long work. In a browser no
   * request ever comes.
   */
  onFlushRequest(listener: () => Promise<void>): () => void;
}
