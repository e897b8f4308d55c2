/**
 * The PDF options of electron/shared/pdf.ts: A4 at the Word document's margins, and a footer
 * template made from the renderer's words that can hold nothing but text and the page numbers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { footerTemplate, isFooterPattern, PDF_MARGINS_MM, pdfOptions } from '../../electron/shared/pdf';

describe('pdfOptions', () => {
  it('prints A4 with backgrounds, the margins of the .docx (20 mm, 25 mm) and a footer', () => {
    const options = pdfOptions('- {{page}} -');
    expect(options).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true });
    expect(options.margins.top * 25.4).toBeCloseTo(20);
    expect(options.margins.left * 25.4).toBeCloseTo(25);
    expect(options.footerTemplate).toContain('- <span class="pageNumber"></span> -');
  });

  it('has the margins of the print styles, which a browser prints with', () => {
    const css = readFileSync('renderer/styles.css', 'utf8');
    const { top, right } = PDF_MARGINS_MM;
    expect(css).toMatch(new RegExp(`@page \\{\\s*size: A4;\\s*margin: ${top}mm ${right}mm;`));
  });
});

describe('footerTemplate', () => {
  it('fills the page and total fields with Chromium’s page-number spans', () => {
    expect(footerTemplate('Page {{page}} of {{ total }}')).toContain(
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
  });

  it('escapes the words around them', () => {
    const template = footerTemplate('<img src=x onerror=alert(1)> & "{{page}}"');
    expect(template).not.toContain('<img');
    expect(template).toContain('&#60;img src=x onerror=alert(1)&#62; &#38; &#34;<span class="pageNumber"></span>&#34;');
  });
});

describe('isFooterPattern', () => {
  it.each(['- {{page}} -', 'Page {{page}} of {{total}}', '{{page}}'])('accepts %s', (pattern) => {
    expect(isFooterPattern(pattern)).toBe(true);
  });

  it.each(['', 'Page', '{{total}}', '{{page}} {{date}}', '{{page}}\n', '{{page}}\u202e', `{{page}}${'x'.repeat(120)}`])(
    'refuses %j',
    (pattern) => {
      expect(isFooterPattern(pattern)).toBe(false);
    },
  );
});
