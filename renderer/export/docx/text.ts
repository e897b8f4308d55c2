/**
 * The minutes as plain text with light Markdown (# headings, - lists), for pasting into an
 * e-mail. Same content and order as the Word document: both render minutesContent. The typed
 * text is kept as typed (no Markdown escaping), so it reads the same in a mail client that does
 * not render Markdown.
 */
import type { Language, MeetingRecord } from '../../domain/model';
import { minutesContent, type Block } from './content';
import type { Labels } from './labels';
import { xmlSafe } from './sanitize';

/** Continuation lines of a list item or statement, indented under its first line. */
function indentFollowing(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

function blockText(block: Block, labels: Labels): string {
  switch (block.kind) {
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'itemHeading':
      return `### ${block.text}`;
    case 'aside':
    case 'event':
    case 'note':
      return block.text;
    case 'motion':
      return block.lines.join('\n');
    case 'statement':
      return `${block.speaker} ${block.text}`;
    case 'decisions':
      return block.rows
        .map((row) => {
          const result =
            row.outcome && row.votes
              ? labels.m('withNote', { text: row.outcome, note: row.votes })
              : row.outcome || row.votes;
          return `- ${labels.m('decision.line', { item: row.item, result })}`;
        })
        .join('\n');
    case 'table':
      return block.rows
        .map((row) => {
          const [what = '', ...rest] = row;
          const details = rest
            .map((value, i) => (value ? `${block.columns[i + 1] ?? ''}: ${value}` : ''))
            .filter(Boolean)
            .join(labels.m('list.separator'));
          return `- ${indentFollowing(details ? labels.m('withNote', { text: what, note: details }) : what, '  ')}`;
        })
        .join('\n');
  }
}

export function minutesToText(record: MeetingRecord, language: Language): string {
  const content = minutesContent(record, language);
  const { labels } = content;
  const parts: string[] = [`# ${content.title}`];
  if (content.meta.length > 0) {
    parts.push(content.meta.map((row) => `- ${row.label}: ${row.lines.join(' / ')}`).join('\n'));
  }
  for (const section of content.sections) {
    parts.push(`## ${section.heading}`);
    for (const block of section.blocks) parts.push(blockText(block, labels));
  }
  if (content.signatureDate) parts.push(content.signatureDate);
  parts.push(content.signatures.map((line) => `${line.label}: ${line.name}`).join('\n'));
  return `${xmlSafe(parts.join('\n\n')).replace(/[ \t]+$/gm, '')}\n`;
}
