/**
 * Writing a zip file from scratch (renderer/export/zipWrite.ts), as the .hwpx export does: read
 * back by JSZip with its CRC check, in order, the stored files byte for byte where Hancom puts them.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../renderer/export/zipWrite';

const encode = (text: string) => new TextEncoder().encode(text);

describe('writeZip', () => {
  it('writes files JSZip reads back, in order, with their CRCs', async () => {
    const big = `<hs:sec>${'<hp:p>가 &amp; 👍🏽</hp:p>'.repeat(5000)}</hs:sec>`;
    const zip = await writeZip([
      { name: 'mimetype', data: encode('application/hwp+zip'), store: true },
      { name: 'version.xml', data: encode('<v/>'), store: true },
      { name: 'Contents/section0.xml', data: encode(big) },
      { name: 'Contents/빈.txt', data: new Uint8Array(0) },
    ]);
    const read = await JSZip.loadAsync(zip, { checkCRC32: true });
    expect(Object.keys(read.files)).toEqual(['mimetype', 'version.xml', 'Contents/section0.xml', 'Contents/빈.txt']);
    expect(await read.file('Contents/section0.xml')!.async('string')).toBe(big);
    expect(await read.file('Contents/빈.txt')!.async('string')).toBe('');
    expect(zip.length).toBeLessThan(big.length / 10);
  });

  it('stores mimetype first, uncompressed, with no data descriptor: its text at byte 38', async () => {
    const zip = await writeZip([
      { name: 'mimetype', data: encode('application/hwp+zip'), store: true },
      { name: 'a.xml', data: encode('<a/>'.repeat(100)) },
    ]);
    const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    expect(v.getUint32(0, true)).toBe(0x04034b50);
    expect(v.getUint16(6, true)).toBe(0); // flags: no data descriptor
    expect(v.getUint16(8, true)).toBe(0); // method: stored
    expect(v.getUint32(18, true)).toBe(19);
    expect(v.getUint32(22, true)).toBe(19);
    expect(new TextDecoder().decode(zip.subarray(38, 38 + 19))).toBe('application/hwp+zip');
    // The next file's header follows at once.
    expect(v.getUint32(57, true)).toBe(0x04034b50);
    expect(v.getUint16(57 + 8, true)).toBe(8);
  });

  it('gives the same bytes for the same files', async () => {
    const files = [{ name: 'x.xml', data: encode('<x>같은 내용</x>') }];
    expect(await writeZip(files)).toEqual(await writeZip(files));
  });
});
