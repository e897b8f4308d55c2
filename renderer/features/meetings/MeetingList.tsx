/**
 * The meetings by body (grouping.ts): each body a section with its heading and its list of
 * meetings. Years of meetings are thousands of rows, so the list is windowed (hooks/windowRows.ts):
 * only the rows near the view are in the page, each placed at its offset. A body's heading is
 * rendered whenever one of its meetings is, so that its section keeps its name; each meeting tells
 * its place in its body (aria-posinset / aria-setsize). Tab walks the rendered rows, and focusing
 * one near the edge scrolls it in and renders the next; the row holding the focus stays rendered
 * when the page is scrolled away from it.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../domain/model';
import { routeHref } from '../../hooks/router';
import { useWindowRows } from '../../hooks/windowRows';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { DeleteMeetingButton } from '../../widgets/DeleteMeetingButton';
import { groupByBody, listRows, type ListRow } from './grouping';

const ROW_PX = 64;

export function MeetingList({ meetings }: { meetings: readonly MeetingSummary[] }) {
  const rows = useMemo(() => listRows(groupByBody(meetings)), [meetings]);
  // Where each body's heading is among the rows.
  const headings = useMemo(() => rows.flatMap((row, index) => (row.kind === 'heading' ? [index] : [])), [rows]);
  const container = useRef<HTMLDivElement>(null);
  // The meeting row holding the focus: kept rendered, and found again by its meeting.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  // Looked for only while a row holds the focus: a scan of 10,000 rows at every scroll is not free.
  const active =
    focusedId === null ? -1 : rows.findIndex((row) => row.kind === 'meeting' && row.meeting.id === focusedId);
  const { virtualizer, scrollMargin } = useWindowRows({
    count: rows.length,
    estimateSize: ROW_PX,
    listRef: container,
    active,
  });
  const shown = virtualizer.getVirtualItems();
  // The rendered rows by body, each body with its heading (wherever it is) and its rendered meetings.
  const sections: { group: number; heading: number; meetings: { index: number; start: number }[] }[] = [];
  for (const item of shown) {
    const row = rows[item.index];
    if (!row) continue;
    let section = sections.at(-1);
    if (section?.group !== row.group) {
      section = { group: row.group, heading: headings[row.group] ?? 0, meetings: [] };
      sections.push(section);
    }
    if (row.kind === 'meeting') section.meetings.push({ index: item.index, start: item.start - scrollMargin });
  }
  const startOf = new Map(shown.map((item) => [item.index, item.start - scrollMargin]));

  return (
    <div
      className="meeting-groups"
      ref={container}
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={(event) => {
        const row = event.target.closest<HTMLElement>('li[data-meeting-id]');
        if (row) setFocusedId(row.dataset.meetingId ?? null);
      }}
    >
      {sections.map(({ group, heading, meetings: items }) => {
        const head = rows[heading];
        if (head?.kind !== 'heading') return null;
        const id = `meeting-group-${group}`;
        return (
          <section key={group} aria-labelledby={id}>
            <BodyHeading
              id={id}
              row={head}
              index={heading}
              start={startOf.get(heading) ?? null}
              measureRef={virtualizer.measureElement}
            />
            <ul className="meeting-groups__list" aria-labelledby={id}>
              {items.map(({ index, start }) => {
                const row = rows[index];
                return row?.kind === 'meeting' ? (
                  <MeetingRow
                    key={row.meeting.id}
                    row={row}
                    index={index}
                    start={start}
                    measureRef={virtualizer.measureElement}
                  />
                ) : null;
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

interface RowProps {
  index: number;
  measureRef: (node: Element | null) => void;
}

/** A body's heading; out of the window (its meetings scrolled up) it is kept for assistive technology only. */
function BodyHeading({
  id,
  row,
  index,
  start,
  measureRef,
}: RowProps & { id: string; row: Extract<ListRow, { kind: 'heading' }>; start: number | null }) {
  const { t } = useTranslation('meetings');
  const name = row.body || t('noBody');
  if (start === null) {
    return (
      <h2 id={id} className="sr-only">
        {name}
      </h2>
    );
  }
  return (
    <h2
      id={id}
      className="meeting-groups__heading"
      ref={measureRef}
      data-index={index}
      style={{ transform: `translateY(${start}px)` }}
    >
      {name} <span className="meeting-groups__count">{t('count', { count: row.count })}</span>
    </h2>
  );
}

function MeetingRow({
  row,
  index,
  start,
  measureRef,
}: RowProps & { row: Extract<ListRow, { kind: 'meeting' }>; start: number }) {
  const { t } = useTranslation(['meetings', 'record']);
  const { t: tr } = useTranslation('record');
  const { meeting } = row;
  const title = meeting.title || t('untitled');
  return (
    <li
      className="meeting-list__item"
      ref={measureRef}
      data-index={index}
      data-meeting-id={meeting.id}
      aria-posinset={row.position + 1}
      aria-setsize={row.count}
      style={{ transform: `translateY(${start}px)` }}
    >
      <div className="meeting-list__main">
        <a className="meeting-list__title" href={routeHref({ name: 'meeting', id: meeting.id })}>
          {title}
        </a>
        <span className="meeting-list__meta">
          {[meeting.sessionLabel, meeting.location].filter(Boolean).join(' · ')}
        </span>
      </div>
      <span className="meeting-list__date">
        {meeting.date ? formatDate(tr, meeting.date, currentLanguage()) : t('noDate')}
      </span>
      <span className={`badge badge--${meeting.status}`}>{t(`record:status.${meeting.status}`)}</span>
      <DeleteMeetingButton
        meeting={meeting}
        className="button button--quiet button--small"
        label={
          <>
            {t('delete')}
            <span className="sr-only"> {title}</span>
          </>
        }
      />
    </li>
  );
}
