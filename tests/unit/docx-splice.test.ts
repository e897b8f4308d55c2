/** Splicing XML in at placeholder paragraphs (renderer/export/docx/splice.ts). */
import { describe, expect, it } from 'vitest';
import { splice } from '../../renderer/export/docx/splice';

describe('splice', () => {
  const mark = (i: number) =>
    `<w:p><w:pPr><w:pStyle w:val="SeogiSplice"/></w:pPr><w:r><w:t xml:space="preserve">seogi-splice-${i}</w:t></w:r></w:p>`;

  it('puts each stretch where its placeholder is', () => {
    expect(splice(`<a>${mark(0)}<b/>${mark(1)}</a>`, ['<x/>', '<y/><z/>'])).toBe('<a><x/><b/><y/><z/></a>');
  });

  it('refuses a placeholder that is missing, out of order or there twice', () => {
    expect(() => splice('<a/>', ['<x/>'])).toThrow('Placeholder 0');
    expect(() => splice(`${mark(1)}${mark(0)}`, ['<x/>', '<y/>'])).toThrow('Placeholder 1');
    expect(() => splice(`${mark(0)}${mark(0)}`, ['<x/>'])).toThrow('Placeholder 0');
  });
});
