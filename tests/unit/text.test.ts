// renderer/domain/text.ts: UTF-8 length and the characters a file name must not hold.
import { describe, expect, it } from 'vitest';
import { hasReservedInFileName, replaceReserved, utf8Length } from '../../renderer/domain/text';

describe('utf8Length', () => {
  it('counts UTF-8 bytes, a lone surrogate as the three of its replacement', () => {
    expect(utf8Length('a가😀\ud800')).toBe(1 + 3 + 4 + 3);
    expect(utf8Length('a가😀\ud800')).toBe(new TextEncoder().encode('a가😀\ud800').byteLength);
  });
});

describe('reserved characters of file names', () => {
  it.each(['a/b', 'a\\b', 'a:b', 'a*b', 'a?b', 'a"b', 'a<b', 'a>b', 'a|b', 'a\u0000b', 'a\tb', 'a\u007fb'])(
    'finds one in %j',
    (name) => {
      expect(hasReservedInFileName(name)).toBe(true);
    },
  );

  it('lets ordinary names through, Hangul and emoji included, however often asked', () => {
    for (let i = 0; i < 3; i++) expect(hasReservedInFileName('2021-11-23 제4차 회의록 (안) 👍🏽.docx')).toBe(false);
  });

  it('replaces every one', () => {
    expect(replaceReserved('a/b:c*d?e"f<g>h|i\\j', '_')).toBe('a_b_c_d_e_f_g_h_i_j');
  });
});
