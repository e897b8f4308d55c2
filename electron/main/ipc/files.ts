/**
 * files:save, files:savePdf and files:open (saveFile, savePdf, openFile). The dialog, the file
 * system and the printer come in as parameters so the handlers run in plain Node under test. A
 * file is only ever written at the path the user picked in the save dialog, and written
 * atomically (temporary file + rename) so that a crash mid-write never leaves a half-written
 * document where the old one was.
 */
import path from 'node:path';
import { MAX_OPEN_BYTES, type FileKind, type SaveFileResult } from '../../shared/ipc';
import { pdfOptions, type PdfOptions } from '../../shared/pdf';
import type { Handlers } from './register';

/** What the save dialog saves: the kinds of saveFile, and the PDF savePdf prints. */
export type SaveKind = FileKind | 'pdf';

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
  /** Prints the window that asked (its print styles decide what is on the pages) to PDF bytes. */
  printToPdf(options: PdfOptions): Promise<Uint8Array>;
  /** Labels of the dialogs in the current interface language. */
  labels(): { saveTitle: string; openTitle: string; filterName: (kind: SaveKind) => string };
}

/** Makes sure the chosen path ends with the kind's extension (the Linux dialog does not add it). */
export function withExtension(filePath: string, kind: SaveKind): string {
  return filePath.toLowerCase().endsWith(`.${kind}`) ? filePath : `${filePath}.${kind}`;
}

export function createFileHandlers(deps: FileDeps): Pick<Handlers, 'saveFile' | 'savePdf' | 'openFile'> {
  /** Asks where to save, then writes what `bytes` gives there (asked for only once a path is chosen). */
  const saveChosen = async (
    kind: SaveKind,
    suggestedName: string,
    bytes: () => Promise<Uint8Array>,
  ): Promise<SaveFileResult> => {
    const labels = deps.labels();
    const choice = await deps.showSaveDialog({
      title: labels.saveTitle,
      defaultPath: path.join(deps.documentsDir(), suggestedName),
      filters: [{ name: labels.filterName(kind), extensions: [kind] }],
    });
    if (choice.canceled || !choice.filePath) return { status: 'canceled' };
    const target = withExtension(choice.filePath, kind);
    const temporary = `${target}.${process.pid}.${Date.now()}.part`;
    try {
      await deps.writeFile(temporary, await bytes());
      await deps.rename(temporary, target);
    } catch (error) {
      await deps.remove(temporary).catch(() => undefined);
      throw error;
    }
    return { status: 'saved', fileName: path.basename(target) };
  };

  return {
    saveFile: (request) => saveChosen(request.kind, request.suggestedName, async () => request.bytes),

    // Printed after the dialog closes: what is printed is the page as the user left it.
    savePdf: (request) => saveChosen('pdf', request.suggestedName, () => deps.printToPdf(pdfOptions(request.footer))),

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
