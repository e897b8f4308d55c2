/**
 * Writes a zip file from scratch, for packages whose layout matters to the program that opens
 * them: a .hwpx must begin with `mimetype`, stored uncompressed and without a data descriptor, so
 * that its content type sits at byte 38 as in the files Hancom Office saves (the same rule as
 * EPUB and ODF). Every header is written with its sizes and CRC-32 up front, no ZIP64, no extra
 * fields, times at the DOS epoch (1980-01-01) as Hancom writes them, so equal input gives equal
 * bytes.
 *
 * Compression and the CRC-32 come from docx/zip.ts's deflate (CompressionStream 'gzip', whose
 * trailer carries the CRC): one implementation for both packages, no Node API, so it runs in a
 * Web Worker.
 */
import { CENTRAL_HEADER, DEFLATED, deflate, END_OF_CENTRAL_DIRECTORY, LOCAL_HEADER, STORED } from './docx/zip';

export interface ZipFile {
  name: string;
  data: Uint8Array;
  /** Kept as is (method 0) rather than deflated: `mimetype`, and what is compressed already. */
  store?: boolean;
}

/** Version 2.0: what deflate needs, and what Hancom's files say. */
const VERSION = 20;
/** General-purpose flag 11: the name is UTF-8 (set only when it is not plain ASCII). */
const UTF8_NAME = 0x0800;
/** 1980-01-01 in MS-DOS date format (year since 1980 << 9 | month << 5 | day). */
const DOS_EPOCH_DATE = (1 << 5) | 1;

interface Written {
  name: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
  offset: number;
}

/** The fields local and central headers share, from "version needed" to the name's length. */
function common(v: DataView, at: number, file: Written): void {
  v.setUint16(at, VERSION, true);
  v.setUint16(at + 2, file.flags, true);
  v.setUint16(at + 4, file.method, true);
  v.setUint16(at + 6, 0, true);
  v.setUint16(at + 8, DOS_EPOCH_DATE, true);
  v.setUint32(at + 10, file.crc, true);
  v.setUint32(at + 14, file.data.length, true);
  v.setUint32(at + 18, file.size, true);
  v.setUint16(at + 22, file.name.length, true);
}

/** The zip file holding `files`, in this order. */
export async function writeZip(files: readonly ZipFile[]): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const written: Written[] = [];
  let offset = 0;
  for (const file of files) {
    if (file.data.length >= 2 ** 32) throw new Error(`${file.name} is too large for a zip file without ZIP64`);
    // A stored file needs its CRC too; deflating it is the one CRC-32 this code has, and the
    // files stored (mimetype, version.xml) are a few hundred bytes.
    const { deflated, crc } = await deflate(file.data);
    const name = encoder.encode(file.name);
    const entry: Written = {
      name,
      flags: /^[\x20-\x7e]*$/.test(file.name) ? 0 : UTF8_NAME,
      method: file.store ? STORED : DEFLATED,
      crc,
      size: file.data.length,
      data: file.store ? file.data : deflated,
      offset,
    };
    written.push(entry);
    offset += 30 + name.length + entry.data.length;
  }
  const centralSize = written.reduce((sum, file) => sum + 46 + file.name.length, 0);
  if (offset + centralSize >= 2 ** 32 || written.length > 0xffff)
    throw new Error('Too large for a zip file without ZIP64');
  const out = new Uint8Array(offset + centralSize + 22);
  const v = new DataView(out.buffer);
  for (const file of written) {
    v.setUint32(file.offset, LOCAL_HEADER, true);
    common(v, file.offset + 4, file);
    out.set(file.name, file.offset + 30);
    out.set(file.data, file.offset + 30 + file.name.length);
  }
  let at = offset;
  for (const file of written) {
    v.setUint32(at, CENTRAL_HEADER, true);
    v.setUint16(at + 4, VERSION, true);
    common(v, at + 6, file);
    // Extra field, comment, disk number, internal and external attributes: all zero.
    v.setUint32(at + 42, file.offset, true);
    out.set(file.name, at + 46);
    at += 46 + file.name.length;
  }
  v.setUint32(at, END_OF_CENTRAL_DIRECTORY, true);
  v.setUint16(at + 8, written.length, true);
  v.setUint16(at + 10, written.length, true);
  v.setUint32(at + 12, centralSize, true);
  v.setUint32(at + 16, offset, true);
  return out;
}
