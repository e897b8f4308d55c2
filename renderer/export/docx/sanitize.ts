/**
 * Text on its way into a .docx must be text XML 1.0 can hold. docx 9 strips most C0 controls
 * itself but writes U+FFFE/U+FFFF through unchanged, and Word and LibreOffice then refuse the
 * whole file; so everything the recorder typed passes through here first.
 */

// C0 controls other than tab and newline (CR is turned into a newline before this runs),
// U+FFFE and U+FFFF, and, thanks to the `u` flag, only *lone* surrogates: a valid pair is one
// code point above U+FFFF and never falls in the D800–DFFF class.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** The text with every character XML 1.0 cannot hold removed; CR and CRLF become a newline. */
export function xmlSafe(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(NOT_XML, '');
}
