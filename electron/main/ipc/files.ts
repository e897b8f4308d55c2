/**
 * files:save and files:open (saveFile, openFile). The dialog and the file system come in as
 * parameters so the handlers run in plain Node under test. A file is only ever written at the
 * path the user picked in the save dialog, and written atomically (temporary file + rename) so
 * that a crash mid-write never leaves a half-written document where the old one was.
 */
import path from 'node:path';
import { MAX_OPEN_BYTES, type FileKind } from '../../shared/ipc';
import type { Handlers } from './register';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface FileDeps {
  showSaveDialog(options: {
    title: string;
    defaultPath: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  showOpenDialog(options: {
    title: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(filePath: string): Promise<void>;
  fileSize(filePath: string): Promise<number>;
  readText(filePath: string): Promise<string>;
  documentsDir(): string;
  /** Labels of the dialogs in the current interface language. */
  labels(): { saveTitle: string; openTitle: string; filterName: (kind: FileKind) => string };
}

/** Makes sure the chosen path ends with the kind's extension (the Linux dialog does not add it). */
export function withExtension(filePath: string, kind: FileKind): string {
  return filePath.toLowerCase().endsWith(`.${kind}`) ? filePath : `${filePath}.${kind}`;
}

export function createFileHandlers(deps: FileDeps): Pick<Handlers, 'saveFile' | 'openFile'> {
  return {
    async saveFile(request) {
      const labels = deps.labels();
      const choice = await deps.showSaveDialog({
        title: labels.saveTitle,
        defaultPath: path.join(deps.documentsDir(), request.suggestedName),
        filters: [{ name: labels.filterName(request.kind), extensions: [request.kind] }],
      });
      if (choice.canceled || !choice.filePath) return { status: 'canceled' };
      const target = withExtension(choice.filePath, request.kind);
      const temporary = `${target}.${process.pid}.${Date.now()}.part`;
      try {
        await deps.writeFile(temporary, request.bytes);
        await deps.rename(temporary, target);
      } catch (error) {
        await deps.remove(temporary).catch(() => undefined);
        throw error;
      }
      return { status: 'saved', fileName: path.basename(target) };
    },

    async openFile(request) {
      const labels = deps.labels();
      const choice = await deps.showOpenDialog({
        title: labels.openTitle,
        filters: [{ name: labels.filterName(request.kind), extensions: [request.kind] }],
      });
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return { status: 'canceled' };
      const fileName = path.basename(filePath);
      const bytes = await deps.fileSize(filePath);
      if (bytes > MAX_OPEN_BYTES) return { status: 'tooLarge', fileName, bytes };
      return { status: 'opened', fileName, text: await deps.readText(filePath) };
    },
  };
}
