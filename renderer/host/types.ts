import type { DesktopBridge, ReadAutoBackupResult, RequestOf, SaveFileResult } from '../../electron/shared/ipc';
import type { Language } from '../domain/model';

/**
 * Everything the renderer asks of the platform: the calls of the shell's bridge (their requests,
 * replies and meaning are the IPC contract's, electron/shared/ipc.ts), four of them in the shape
 * the renderer calls them. The desktop host forwards to the preload bridge; the browser host does
 * the same with downloads, a file input and snapshots in IndexedDB, so the renderer runs
 * unchanged in a plain browser. There, automatic backups are snapshots in their own IndexedDB
 * database (the last few), and no flush request ever comes.
 */
export interface HostApi extends Omit<DesktopBridge, 'setLanguage' | 'copyText' | 'readAutoBackup' | 'savePdf'> {
  readonly kind: 'desktop' | 'browser';
  /** Fire and forget: the menu language is cosmetic, so a failure must not disturb the renderer. */
  setLanguage(language: Language): void;
  copyText(text: string): Promise<void>;
  readAutoBackup(name: string): Promise<ReadAutoBackupResult>;
  /**
   * The page as printed (its print styles show the minutes preview alone) saved as PDF: by the
   * shell, or by the browser's own print dialog, whose outcome the page never learns ('printed').
   */
  savePdf(request: RequestOf<'savePdf'>): Promise<SaveFileResult | { status: 'printed' }>;
}
