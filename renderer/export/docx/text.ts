/**
 * The minutes as plain text, for pasting into an e-mail: no markup, nothing that needs a fixed
 * font. The title and section headings are set off by a rule under them, the metadata are
 * "label: value" lines, lists are indented; statements, notes and procedural lines read as in
 * the document. Same content and order as the Word document: both render minutesContent. The
 * typed text is kept as typed.
 */
import type { Language, MeetingRecord } from '../../domain/model';
import { minutesContent, type Block } from './content';
import type { Labels } from './labels';
import { xmlSafe } from './sanitize';

/** How lists (agenda, decisions, action items) and their continuation lines are indented. */
const INDENT = '  ';

/** Continuation lines of a list item or statement, indented under its first line. */
function indentFollowing(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

function listed(lines: readonly string[]): string {
  return lines.map((line) => INDENT + indentFollowing(line, INDENT + INDENT)).join('\n');
}

/** Hangul, CJK and full-width forms: about two of a rule's characters wide in a mail client. */
const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u;

/** The heading with a rule under it, about as long as its longest line looks (at most a line's width). */
function underlined(text: string, rule: string): string {
  const widths = text.split('\n').map((line) => [...line].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0));
  return `${text}\n${rule.repeat(Math.min(Math.max(...widths), 72))}`;
}

function blockText(block: Block, labels: Labels): string {
  switch (block.kind) {
    case 'list':
      return listed(block.items);
    case 'itemHeading':
      return underlined(block.text, '-');
    case 'aside':
    case 'event':
    case 'note':
      return block.text;
    case 'motion':
      return block.lines.join('\n');
    case 'statement':
      return indentFollowing(`${block.speaker} ${block.text}`, INDENT);
    case 'decisions':
      return listed(
        block.rows.map((row) => {
          const result =
            row.outcome && row.votes
              ? labels.m('withNote', { text: row.outcome, note: row.votes })
              : row.outcome || row.votes;
          return labels.m('decision.line', { item: row.item, result });
        }),
      );
    case 'table':
      return listed(
        block.rows.map((row) => {
          const [what = '', ...rest] = row;
          const details = rest
            .map((value, i) => (value ? `${block.columns[i + 1] ?? ''}: ${value}` : ''))
            .filter(Boolean)
            .join(labels.m('list.separator'));
          return details ? labels.m('withNote', { text: what, note: details }) : what;
        }),
      );
  }
}

export function minutesToText(record: MeetingRecord, language: Language): string {
  const content = minutesContent(record, language);
  const { labels } = content;
  const title = [content.heading, content.subheading].filter(Boolean).join('\n');
  const parts: string[] = [underlined(title, '=')];
  if (content.meta.length > 0) {
    parts.push(content.meta.map((row) => `${row.label}: ${row.lines.join(' / ')}`).join('\n'));
  }
  for (const section of content.sections) {
    parts.push(underlined(section.heading, '='));
    for (const block of section.blocks) parts.push(blockText(block, labels));
  }
  if (content.attachments.length > 0) parts.push(content.attachments.join('\n'));
  if (content.signatureDate) parts.push(content.signatureDate);
  if (content.approvalBoxes.length > 0) {
    parts.push(`${labels.m('signature.approvalBoxes')}: ${content.approvalBoxes.join(labels.m('list.separator'))}`);
  }
  if (content.signatures.length > 0) {
    parts.push(content.signatures.map((line) => `${line.label}: ${line.name}`).join('\n'));
  }
  return `${xmlSafe(parts.join('\n\n')).replace(/[ \t]+$/gm, '')}\n`;
}
