/** Runs written as WordprocessingML text (renderer/export/docx/wordml.ts). */
import { describe, expect, it } from 'vitest';
import { escapeXml, runProperties, runsXml } from '../../renderer/export/docx/wordml';

describe('wordml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`a&b<c>d"e'f &amp;`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f &amp;amp;');
  });

  it('writes lines as runs with a break, tabs as tabs, and drops what XML cannot hold', () => {
    expect(runProperties({ style: 'Speaker' })).toBe('<w:rPr><w:rStyle w:val="Speaker"/></w:rPr>');
    // Fonts, size and language come from the styles: a plain run has no properties.
    expect(runProperties()).toBe('');
    const t = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`;
    expect(runsXml('a\u0001\tb\r\n<c>\uFFFE', '<P/>')).toBe(
      `<w:r><P/>${t('a')}<w:tab/>${t('b')}</w:r><w:r><P/><w:br/>${t('&lt;c&gt;')}</w:r>`,
    );
    expect(runsXml('', '<P/>')).toBe(`<w:r><P/>${t('')}</w:r>`);
  });
});
