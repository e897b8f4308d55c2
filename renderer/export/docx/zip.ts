/**
 * Replaces one file of a zip file (a .docx package) and keeps every other one as it is: same
 * bytes, same headers, same order. Only what is needed for packages docx writes: no ZIP64, no
 * encryption; anything else is refused with an error rather than misread.
 *
 * Compression is the platform's: CompressionStream and DecompressionStream, in browsers, Web
 * Workers and Node alike (no Node API here). Natively compiled zlib compresses a long meeting's
 * document.xml (2 MB and more) several times faster than a deflate in JavaScript, fflate's
 * included, and far faster still in a fresh process or worker where that JavaScript has not been
 * optimised yet. The zip format wants the CRC-32 of each file's data as well: the gzip format
 * (RFC 1952) is DEFLATE data followed by exactly that CRC-32 and the length, so compressing as
 * gzip gives both without a line of CRC code here.
 */

export const LOCAL_HEADER = 0x04034b50;
export const CENTRAL_HEADER = 0x02014b50;
export const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
export const STORED = 0;
export const DEFLATED = 8;
/** General-purpose flag: sizes and CRC in a data descriptor after the data, not in the header. */
const DATA_DESCRIPTOR = 0x0008;

interface Entry {
  name: string;
  /** The central directory header, its name, extra field and comment included. */
  central: Uint8Array;
  /** The local header, its name and extra field included. */
  local: Uint8Array;
  /** The file's data as stored (compressed or not). */
  data: Uint8Array;
}

function corrupt(why: string): Error {
  return new Error(`Unreadable zip file: ${why}`);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The files of a zip file, in its central directory's order. */
function readEntries(zip: Uint8Array): Entry[] {
  const v = view(zip);
  // The end of central directory record: 22 bytes and a comment of at most 65,535.
  let end = zip.length - 22;
  const stop = Math.max(0, zip.length - 22 - 0xffff);
  while (end >= stop && v.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < stop) throw corrupt('no end of central directory');
  const count = v.getUint16(end + 10, true);
  const size = v.getUint32(end + 12, true);
  const offset = v.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw corrupt('ZIP64 is not supported');
  if (offset + size > end) throw corrupt('central directory out of bounds');

  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || v.getUint32(at, true) !== CENTRAL_HEADER) throw corrupt(`central header ${i}`);
    const flags = v.getUint16(at + 8, true);
    const compressed = v.getUint32(at + 20, true);
    const nameLength = v.getUint16(at + 28, true);
    const centralLength = 46 + nameLength + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
    const localAt = v.getUint32(at + 42, true);
    if (flags & 0x0001) throw corrupt('encrypted file');
    if (localAt + 30 > offset || v.getUint32(localAt, true) !== LOCAL_HEADER) throw corrupt(`local header ${i}`);
    const localLength = 30 + v.getUint16(localAt + 26, true) + v.getUint16(localAt + 28, true);
    const dataAt = localAt + localLength;
    if (dataAt + compressed > offset) throw corrupt(`file ${i} out of bounds`);
    const central = zip.slice(at, at + centralLength);
    const local = zip.slice(localAt, dataAt);
    if (flags & DATA_DESCRIPTOR) {
      // The local header's sizes are zero then: take them from the central directory, which has
      // them, and drop the descriptor (it is not copied: only the data is).
      const l = view(local);
      l.setUint16(6, l.getUint16(6, true) & ~DATA_DESCRIPTOR, true);
      view(central).setUint16(8, flags & ~DATA_DESCRIPTOR, true);
      local.set(central.subarray(16, 28), 14);
    }
    entries.push({
      name: decoder.decode(central.subarray(46, 46 + nameLength)),
      central,
      local,
      data: zip.subarray(dataAt, dataAt + compressed),
    });
    at += centralLength;
  }
  return entries;
}

/** The zip file of these entries, each local header where its central header says. */
function writeEntries(entries: readonly Entry[]): Uint8Array {
  const localSize = entries.reduce((sum, e) => sum + e.local.length + e.data.length, 0);
  const centralSize = entries.reduce((sum, e) => sum + e.central.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const v = view(out);
  let at = 0;
  const offsets: number[] = [];
  for (const entry of entries) {
    offsets.push(at);
    out.set(entry.local, at);
    out.set(entry.data, at + entry.local.length);
    at += entry.local.length + entry.data.length;
  }
  entries.forEach((entry, i) => {
    out.set(entry.central, at);
    v.setUint32(at + 42, offsets[i] ?? 0, true);
    at += entry.central.length;
  });
  v.setUint32(at, END_OF_CENTRAL_DIRECTORY, true);
  v.setUint16(at + 8, entries.length, true);
  v.setUint16(at + 10, entries.length, true);
  v.setUint32(at + 12, centralSize, true);
  v.setUint32(at + 16, localSize, true);
  return out;
}

/** Runs bytes through a (de)compression stream. */
async function transform(data: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  const writing = writer.write(data as Uint8Array<ArrayBuffer>).then(() => writer.close());
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  await writing;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** DEFLATE data of `data`, with its CRC-32, taken out of a gzip member (RFC 1952). */
export async function deflate(data: Uint8Array): Promise<{ deflated: Uint8Array; crc: number }> {
  const gzip = await transform(data, new CompressionStream('gzip'));
  const v = view(gzip);
  if (gzip.length < 18 || gzip[0] !== 0x1f || gzip[1] !== 0x8b || gzip[2] !== DEFLATED) {
    throw new Error('CompressionStream gave no gzip data');
  }
  // A 10-byte header, then optional fields by flag: extra, name, comment, header CRC.
  const flags = gzip[3] ?? 0;
  let start = 10;
  if (flags & 0x04) start += 2 + v.getUint16(start, true);
  for (const flag of [0x08, 0x10]) {
    if (flags & flag) start = gzip.indexOf(0, start) + 1;
  }
  if (flags & 0x02) start += 2;
  const end = gzip.length - 8;
  if (start <= 0 || start > end || v.getUint32(end + 4, true) !== data.length % 2 ** 32) {
    throw new Error('CompressionStream gave gzip data of another length');
  }
  return { deflated: gzip.subarray(start, end), crc: v.getUint32(end, true) };
}

/**
 * The zip file with the file at `path` replaced by what `replace` makes of its contents,
 * compressed with DEFLATE; its headers are kept but for method, CRC and sizes.
 */
export async function replaceFile(
  zip: Uint8Array,
  path: string,
  replace: (contents: Uint8Array) => Uint8Array,
): Promise<Uint8Array> {
  const entries = readEntries(zip);
  const entry = entries.find((e) => e.name === path);
  if (!entry) throw new Error(`${path} is not in the zip file`);
  const method = view(entry.central).getUint16(10, true);
  if (method !== STORED && method !== DEFLATED) throw corrupt(`${path}: compression method ${method}`);
  const contents = method === STORED ? entry.data : await transform(entry.data, new DecompressionStream('deflate-raw'));
  const replaced = replace(contents);
  if (replaced.length >= 2 ** 32) throw new Error(`${path} is too large for a zip file without ZIP64`);
  const { deflated, crc } = await deflate(replaced);
  entry.data = deflated;
  // Method, CRC-32, compressed and uncompressed size: at 8 in the local header, 10 in the central.
  for (const [header, at] of [
    [entry.local, 8],
    [entry.central, 10],
  ] as const) {
    const v = view(header);
    v.setUint16(at, DEFLATED, true);
    v.setUint32(at + 6, crc, true);
    v.setUint32(at + 10, deflated.length, true);
    v.setUint32(at + 14, replaced.length, true);
  }
  return writeEntries(entries);
}
