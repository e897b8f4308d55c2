/**
 * Replacing one file in a zip file (renderer/export/docx/zip.ts), which minutesToBytes does to put
 * its own document.xml into the package docx writes: the other files stay byte for byte.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { replaceFile } from '../../renderer/export/docx/zip';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Each file's bytes as stored (compressed or not), by name, read from the zip file's own headers. */
function storedData(zip: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = new Map<string, Uint8Array>();
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    const name = decode(zip.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.set(name, zip.slice(dataAt, dataAt + view.getUint32(at + 20, true)));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

async function sampleZip(options: { streamFiles: boolean }): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', `<w:document>${'<w:p/>'.repeat(1000)}</w:document>`);
  zip.file('stored.txt', 'as is', { compression: 'STORE' });
  zip.file('word/이름.xml', '<한글/>');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', ...options });
}

describe('replaceFile', () => {
  for (const streamFiles of [false, true]) {
    it(`replaces one file and keeps the others byte for byte${streamFiles ? ' (data descriptors)' : ''}`, async () => {
      const before = await sampleZip({ streamFiles });
      const replaced = `<w:document>${'<w:p>가 &amp; 👍🏽</w:p>'.repeat(5000)}</w:document>`;
      let given = '';
      const after = await replaceFile(before, 'word/document.xml', (contents) => {
        given = decode(contents);
        return encode(replaced);
      });
      expect(given).toBe(`<w:document>${'<w:p/>'.repeat(1000)}</w:document>`);

      const zip = await JSZip.loadAsync(after, { checkCRC32: true });
      expect(Object.keys(zip.files)).toEqual([
        '[Content_Types].xml',
        'word/',
        'word/document.xml',
        'stored.txt',
        'word/이름.xml',
      ]);
      expect(await zip.file('word/document.xml')!.async('string')).toBe(replaced);
      expect(await zip.file('stored.txt')!.async('string')).toBe('as is');
      expect(await zip.file('word/이름.xml')!.async('string')).toBe('<한글/>');
      const [old, now] = [storedData(before), storedData(after)];
      for (const name of ['[Content_Types].xml', 'word/', 'stored.txt', 'word/이름.xml'])
        expect(now.get(name), name).toEqual(old.get(name));
    });
  }

  it('replaces a stored file, compressing it', async () => {
    const after = await replaceFile(await sampleZip({ streamFiles: false }), 'stored.txt', (contents) =>
      encode(`${decode(contents)}, then more`.repeat(100)),
    );
    const zip = await JSZip.loadAsync(after, { checkCRC32: true });
    expect(await zip.file('stored.txt')!.async('string')).toBe('as is, then more'.repeat(100));
    expect(storedData(after).get('stored.txt')!.length).toBeLessThan(200);
  });

  it('refuses a file the zip file does not have, and what is no zip file', async () => {
    await expect(replaceFile(await sampleZip({ streamFiles: false }), 'word/missing.xml', (c) => c)).rejects.toThrow(
      'word/missing.xml is not in the zip file',
    );
    await expect(replaceFile(encode('not a zip file at all, just text'), 'a', (c) => c)).rejects.toThrow(
      'Unreadable zip file',
    );
  });
});
