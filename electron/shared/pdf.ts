/**
 * How the minutes are printed to PDF: A4, the margins of the Word document, the page number in
 * the footer. The shell's files:savePdf hands these options to `webContents.printToPDF`, and the
 * end-to-end test hands the same object to Chromium through Playwright, so the PDF a test reads
 * is the one the app makes. Pure and zod-free; the footer's words come from the renderer (the
 * minutes' own `footer.page` pattern, "- {{page}} -" / "Page {{page}} of {{total}}") and are
 * escaped here, since Chromium renders the template as HTML.
 */

/** The Word document's margins (build.ts): 20 mm top and bottom, 25 mm left and right. */
export const PDF_MARGINS_MM = { top: 20, bottom: 20, left: 25, right: 25 } as const;

const MM_PER_INCH = 25.4;

/** The fields a footer pattern may hold, and what Chromium fills each with. */
const FOOTER_FIELDS: Record<string, string> = {
  page: '<span class="pageNumber"></span>',
  total: '<span class="totalPages"></span>',
};

/** A footer pattern the shell accepts: short, one line, fields only among FOOTER_FIELDS, a page number. */
export function isFooterPattern(pattern: string): boolean {
  if (pattern.length > 120 || /[\p{Cc}\p{Cf}]/u.test(pattern)) return false;
  const fields = [...pattern.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1] ?? '');
  return fields.includes('page') && fields.every((field) => field in FOOTER_FIELDS);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The footer as Chromium's template: the pattern's text escaped, its fields as page-number spans. */
export function footerTemplate(pattern: string): string {
  const html = pattern
    .split(/({{\s*\w+\s*}})/)
    .map((piece) => {
      const name = /^{{\s*(\w+)\s*}}$/.exec(piece)?.[1];
      return name !== undefined && name in FOOTER_FIELDS ? FOOTER_FIELDS[name] : escapeHtml(piece);
    })
    .join('');
  // The template has no styles of the page: a size and a font that has Hangul are given here.
  return (
    '<div style="width:100%;text-align:center;font-size:9pt;color:#000;' +
    "font-family:'Malgun Gothic','Apple SD Gothic Neo','NanumGothic','Noto Sans CJK KR',sans-serif\">" +
    `${html}</div>`
  );
}

/** The options of `webContents.printToPDF` (Electron's names; margins in inches). */
export interface PdfOptions {
  pageSize: 'A4';
  printBackground: boolean;
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  margins: { top: number; bottom: number; left: number; right: number };
  generateDocumentOutline: boolean;
  generateTaggedPDF: boolean;
}

export function pdfOptions(footerPattern: string): PdfOptions {
  const inches = (mm: number) => mm / MM_PER_INCH;
  return {
    pageSize: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    // No running header: an empty element, or Chromium prints the date and the page's title.
    headerTemplate: '<span></span>',
    footerTemplate: footerTemplate(footerPattern),
    margins: {
      top: inches(PDF_MARGINS_MM.top),
      bottom: inches(PDF_MARGINS_MM.bottom),
      left: inches(PDF_MARGINS_MM.left),
      right: inches(PDF_MARGINS_MM.right),
    },
    // Bookmarks from the headings of the preview, as LibreOffice makes from the Word headings.
    generateDocumentOutline: true,
    // Headings, paragraphs and tables tagged, for a screen reader reading the PDF.
    generateTaggedPDF: true,
  };
}
