/**
 * files:save and files:open (electron/main/ipc/files.ts) over a file system in memory: a file is
 * written only where the user chose, atomically, and a file too large is refused unread.
 */
import { describe, expect, it } from 'vitest';
import { createFileHandlers, withExtension } from '../../electron/main/ipc/files';
import { MAX_OPEN_BYTES } from '../../electron/shared/ipc';
import { pdfOptions } from '../../electron/shared/pdf';
import { CHOSEN, DOCUMENTS, FakeFs, fileDeps } from './fakeShell';

describe('files:save', () => {
  it('writes only at the path chosen in the dialog, atomically, with the extension added', async () => {
    const fs = new FakeFs();
    const deps = fileDeps(fs);
    const result = await createFileHandlers(deps).saveFile({
      kind: 'docx',
      suggestedName: 'minutes.docx',
      bytes: new Uint8Array([9]),
    });
    expect(result).toEqual({ status: 'saved', fileName: 'chosen minutes.docx' });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: `${DOCUMENTS}/minutes.docx` }),
    );
    const [write, rename, ...more] = fs.changes;
    expect(write?.op).toBe('writeFile');
    expect(write?.path.startsWith(`${CHOSEN}.docx.`) && write.path.endsWith('.part')).toBe(true);
    expect(rename).toEqual({ op: 'rename', path: `${CHOSEN}.docx` });
    expect(more).toEqual([]);
    expect([...fs.files.keys()]).toEqual([`${CHOSEN}.docx`]);
  });

  it('writes nothing when the dialog is canceled', async () => {
    const fs = new FakeFs();
    const deps = fileDeps(fs, { showSaveDialog: async () => ({ canceled: true }) });
    await expect(
      createFileHandlers(deps).saveFile({ kind: 'json', suggestedName: 'b.json', bytes: new Uint8Array() }),
    ).resolves.toEqual({ status: 'canceled' });
    expect(fs.changes).toEqual([]);
  });

  it('removes the temporary file and reports the error when the write fails', async () => {
    const fs = new FakeFs();
    const deps = fileDeps(fs, {
      rename: async () => {
        throw new Error('ENOSPC: no space left on device');
      },
    });
    await expect(
      createFileHandlers(deps).saveFile({ kind: 'docx', suggestedName: 'm.docx', bytes: new Uint8Array([1]) }),
    ).rejects.toThrow(/ENOSPC/);
    expect(fs.changes.at(-1)).toMatchObject({ op: 'remove', path: expect.stringMatching(/\.part$/) });
    expect(fs.files.size).toBe(0);
  });

  it('keeps an extension the user typed, in any case', () => {
    expect(withExtension('/a/Minutes.DOCX', 'docx')).toBe('/a/Minutes.DOCX');
    expect(withExtension('/a/minutes', 'docx')).toBe('/a/minutes.docx');
  });
});

describe('files:savePdf', () => {
  it('prints the window with the shared options once a path is chosen, and writes the PDF there', async () => {
    const fs = new FakeFs();
    const deps = fileDeps(fs);
    const result = await createFileHandlers(deps).savePdf({ suggestedName: '회의록.pdf', footer: '- {{page}} -' });
    expect(result).toEqual({ status: 'saved', fileName: 'chosen minutes.pdf' });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: `${DOCUMENTS}/회의록.pdf`,
        filters: [{ name: 'pdf', extensions: ['pdf'] }],
      }),
    );
    expect(deps.printToPdf).toHaveBeenCalledWith(pdfOptions('- {{page}} -'));
    expect([...fs.files.keys()]).toEqual([`${CHOSEN}.pdf`]);
    expect(new TextDecoder().decode(fs.files.get(`${CHOSEN}.pdf`))).toBe('%PDF-1.7');
  });

  it('prints nothing and writes nothing when the dialog is canceled', async () => {
    const fs = new FakeFs();
    const deps = fileDeps(fs, { showSaveDialog: async () => ({ canceled: true }) });
    await expect(createFileHandlers(deps).savePdf({ suggestedName: 'm.pdf', footer: '{{page}}' })).resolves.toEqual({
      status: 'canceled',
    });
    expect(deps.printToPdf).not.toHaveBeenCalled();
    expect(fs.changes).toEqual([]);
  });

  it('writes nothing where the chosen path was when printing fails', async () => {
    const fs = new FakeFs();
    const deps = fileDeps(fs, {
      printToPdf: async () => {
        throw new Error('Printing failed');
      },
    });
    await expect(createFileHandlers(deps).savePdf({ suggestedName: 'm.pdf', footer: '{{page}}' })).rejects.toThrow(
      /Printing failed/,
    );
    expect(fs.files.size).toBe(0);
  });
});

describe('files:open', () => {
  it('reads the chosen file', async () => {
    const fs = new FakeFs();
    fs.put(`${DOCUMENTS}/backup.json`, '{"format":"seogi-backup"}');
    await expect(createFileHandlers(fileDeps(fs)).openFile({ kind: 'json' })).resolves.toEqual({
      status: 'opened',
      fileName: 'backup.json',
      text: '{"format":"seogi-backup"}',
    });
  });

  it('refuses a file that is too large without reading it', async () => {
    const fs = new FakeFs();
    const deps = fileDeps(fs, { fileSize: async () => MAX_OPEN_BYTES + 1 });
    await expect(createFileHandlers(deps).openFile({ kind: 'json' })).resolves.toEqual({
      status: 'tooLarge',
      fileName: 'backup.json',
      bytes: MAX_OPEN_BYTES + 1,
    });
    expect(fs.reads).toEqual([]);
  });
});
