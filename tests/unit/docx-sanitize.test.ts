import { describe, expect, it } from 'vitest';
import { xmlSafe } from '../../renderer/export/docx/sanitize';

/** Characters XML 1.0 allows (the Char production). */
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('xmlSafe', () => {
  it('removes every C0 control character except tab and newline', () => {
    const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    // CR (U+000D) is among them: it becomes a newline.
    expect(xmlSafe(`a${controls}b`)).toBe('a\t\n\nb');
  });

  it('turns CR and CRLF into newlines', () => {
    expect(xmlSafe('one\r\ntwo\rthree\nfour')).toBe('one\ntwo\nthree\nfour');
    expect(xmlSafe('\r\n\r\n')).toBe('\n\n');
  });

  it('removes U+FFFE and U+FFFF, which docx would write through', () => {
    expect(xmlSafe('a\uFFFEb\uFFFFc')).toBe('abc');
  });

  it('removes lone surrogates, high or low, wherever they are', () => {
    expect(xmlSafe('\uD800')).toBe('');
    expect(xmlSafe('a\uD83Db')).toBe('ab');
    expect(xmlSafe('a\uDC00b')).toBe('ab');
    expect(xmlSafe('\uDC00\uD800')).toBe('');
    expect(xmlSafe('end\uD83D')).toBe('end');
  });

  it('keeps emoji (valid surrogate pairs), joiners, modifiers and variation selectors', () => {
    for (const text of ['👍🏽', '👨‍👩‍👧', '🇰🇷', '❤️', '𠜎', '한글 English 123']) {
      expect(xmlSafe(text)).toBe(text);
    }
  });

  it('keeps what XML escapes itself and characters outside the C0 range', () => {
    const text = `<&>"' \u0085\u00A0\u2028\u2029\uFDD0\uFFFD`;
    expect(xmlSafe(text)).toBe(text);
  });

  it('keeps each UTF-16 unit XML can hold and drops each it cannot', () => {
    const dropped: number[] = [];
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const safe = xmlSafe(char);
      if (safe === '') dropped.push(code);
      else if (!XML_CHAR.test(safe) || safe !== (code === 0x0d ? '\n' : char)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
    // 29 controls (all of C0 but tab, newline and CR), 2,048 surrogates, U+FFFE and U+FFFF.
    expect(dropped.length).toBe(29 + 2048 + 2);
  });
});
