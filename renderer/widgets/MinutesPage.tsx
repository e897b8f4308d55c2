/**
 * The minutes as a page: the content model the Word document is built from (export/docx/content.ts)
 * drawn as HTML that looks like the document — title, metadata table, numbered sections,
 * "○ 직위 성명:" statements, notes, procedural lines, decisions, attachments, signatures. Every
 * word here comes from the content model, so the preview, its PDF and the .docx say the same
 * words; only the look is this file's (styles.css, "Minutes page", copies the document's styles).
 * Text is shown as typed, line breaks kept.
 *
 * A long meeting is thousands of blocks: each is a component of its own, so that a concurrent
 * render (the export dialog defers this one) can pause between them and never holds up a key.
 */
import { memo } from 'react';
import type { Block, MinutesContent } from '../export/docx/content';

export function MinutesPage({ content }: { content: MinutesContent }) {
  return (
    <article className={`minutes-page minutes-page--${content.language}`} lang={content.language}>
      <h3 className="minutes-page__title">{content.heading}</h3>
      {content.subheading ? <p className="minutes-page__subtitle">{content.subheading}</p> : null}
      {content.meta.length > 0 ? (
        <table className="minutes-table minutes-table--meta">
          <tbody>
            {content.meta.map((row, i) => (
              <tr key={i}>
                <th scope="row">{row.label}</th>
                <td>
                  {row.lines.map((line, j) => (
                    <div key={j}>{line}</div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {content.sections.map((section, i) => (
        <section key={i} className="minutes-section">
          <h4 className="minutes-page__heading">{section.heading}</h4>
          {section.blocks.map((block, j) => (
            <MinutesBlock key={j} block={block} />
          ))}
        </section>
      ))}
      {content.attachments.length > 0 ? (
        <div className="minutes-attachments">
          {content.attachments.map((line, i) => (
            <p key={i} className="minutes-attachment">
              {line}
            </p>
          ))}
        </div>
      ) : null}
      <Signatures content={content} />
    </article>
  );
}

const MinutesBlock = memo(function MinutesBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'list':
      return (
        <ul className="minutes-list">
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'itemHeading':
      return <h5 className="minutes-page__item">{block.text}</h5>;
    case 'aside':
      return <p className="minutes-aside">{block.text}</p>;
    case 'note':
      return <p className="minutes-note">{block.text}</p>;
    case 'event':
      return <p className="minutes-event">{block.text}</p>;
    case 'statement':
      return (
        <p className="minutes-statement">
          <strong>{block.speaker}</strong> {block.text}
        </p>
      );
    case 'motion':
      return (
        <div className="minutes-motion">
          {block.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      );
    case 'decisions': {
      // The vote column only when a vote was taken, as in the document.
      const withVotes = block.rows.some((row) => row.votes !== '');
      const { columns } = block;
      return (
        <GridTable
          columns={[columns.item, columns.outcome, ...(withVotes ? [columns.votes] : [])]}
          rows={block.rows.map((row) => [row.item, row.outcome, ...(withVotes ? [row.votes] : [])])}
        />
      );
    }
    case 'table':
      return <GridTable columns={block.columns} rows={block.rows} />;
  }
});

/** A table with a shaded header row (repeated on each printed page); the first column holds the long text. */
function GridTable({ columns, rows }: { columns: readonly string[]; rows: readonly (readonly string[])[] }) {
  return (
    <table className="minutes-table minutes-table--grid">
      <thead>
        <tr>
          {columns.map((label, i) => (
            <th key={i} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((value, j) => (
              <td key={j}>{value}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The date line, then the signing lines or, when the body signs in boxes, the 결재란. */
function Signatures({ content }: { content: MinutesContent }) {
  const { labels } = content;
  return (
    <div className="minutes-signatures">
      <p className="minutes-signatures__date">{content.signatureDate ?? labels.m('signature.dateLine')}</p>
      {content.approvalBoxes.length > 0 ? (
        <table className="minutes-table minutes-table--boxes">
          <thead>
            <tr>
              {content.approvalBoxes.map((box, i) => (
                <th key={i} scope="col">
                  {box}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {content.approvalBoxes.map((_, i) => (
                <td key={i} />
              ))}
            </tr>
          </tbody>
        </table>
      ) : (
        <table className="minutes-table minutes-table--signatures">
          <tbody>
            {content.signatures.map((line, i) => (
              <tr key={i}>
                <th scope="row">{line.label}</th>
                <td>{line.name}</td>
                <td className="minutes-signatures__sign">{labels.m('signature.sign')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
