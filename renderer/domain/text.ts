/**
 * Measures and rules of text that both processes apply: its size in UTF-8 (file systems and
 * size limits count bytes) and the characters a file name must not hold.
 */

/** Bytes of a string once encoded as UTF-8, without allocating the encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3; // BMP characters, and lone surrogates (encoded as U+FFFD)
  }
  return bytes;
}

/** Characters Windows or macOS refuse in a file name (Finder the colon), and control characters. */
function isReserved(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f || '\\/:*?"<>|'.includes(char);
}

export function hasReservedInFileName(name: string): boolean {
  return [...name].some(isReserved);
}

export function replaceReserved(name: string, by: string): string {
  return [...name].map((char) => (isReserved(char) ? by : char)).join('');
}
