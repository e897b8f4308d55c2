/**
 * The Action items screen: every action item of every meeting, one row each, for a secretariat
 * following them up. Open items come first (the overdue ones at the top, marked in words), then
 * by due date; filters narrow them to a body, an owner, open / done / all. The text, owner and
 * due date are edited in place (saved as typed), Done is ticked in place (stamping the day), and
 * each row links to its meeting at its agenda item. A long list is windowed (RowList), so ten
 * thousand items cost what a screenful does.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AutosaveTextField } from '../../components/AutosaveTextField';
import { AutosaveDateTimeField } from '../../components/DateTimeField';
import { SelectField } from '../../components/Field';
import { Loading } from '../../components/PageStates';
import { RowList, type RowPlace } from '../../components/RowList';
import { updateActionItem } from '../../data/actionItems';
import { useAllActionItems } from '../../data/hooks';
import {
  ACTION_STATUSES,
  ALL_OPEN,
  filterActionRows,
  filterChoices,
  isOverdue,
  sortActionRows,
  type ActionFilters,
  type ActionRow,
  type ActionStatusFilter,
} from '../../domain/actionItems';
import { isoDay } from '../../domain/dates';
import type { ActionItem } from '../../domain/model';
import { routeHref } from '../../hooks/router';
import { useNow } from '../../hooks/useNow';
import { ActionDone } from '../../widgets/ActionDone';

export function ActionItemsPage() {
  const { t } = useTranslation('actions');
  const rows = useAllActionItems();
  const [filters, setFilters] = useState<ActionFilters>(ALL_OPEN);
  // Rows ticked or unticked here, with their status before: they stay where they were (a row
  // marked done does not vanish from "open" under the pointer) until the filters change.
  const [placedAs, setPlacedAs] = useState<ReadonlyMap<string, boolean>>(new Map());
  const listRef = useRef<HTMLOListElement>(null);
  // Overdue is against today: a screen left open overnight moves on with the date.
  const today = isoDay(useNow(60_000));
  if (rows === undefined) return <Loading />;
  const { bodies, owners } = filterChoices(rows);
  const byId = new Map(rows.map((row) => [row.action.id, row]));
  const placed = rows.map((row) => {
    const done = placedAs.get(row.action.id);
    return done === undefined ? row : { ...row, action: { ...row.action, done } };
  });
  const shown = sortActionRows(filterActionRows(placed, filters), today).flatMap((row) => {
    const stored = byId.get(row.action.id);
    return stored ? [stored] : [];
  });
  const overdue = shown.filter((row) => isOverdue(row.action, today)).length;
  const set = (change: Partial<ActionFilters>) => {
    setFilters({ ...filters, ...change });
    setPlacedAs(new Map());
  };
  const keepPlace = (action: ActionItem) => {
    if (!placedAs.has(action.id)) setPlacedAs(new Map([...placedAs, [action.id, action.done]]));
  };
  return (
    <section className="page action-page" aria-labelledby="actions-heading">
      <header className="page__header">
        <div className="page__title">
          <h1 id="actions-heading">{t('heading')}</h1>
          <p className="muted">{t('intro')}</p>
        </div>
      </header>
      {rows.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <>
          <div className="toolbar action-filters" role="group" aria-label={t('filters.label')}>
            <SelectField
              label={t('filters.body')}
              value={filters.body ?? ''}
              options={[{ value: '', label: t('filters.anyBody') }, ...bodies.map((b) => ({ value: b, label: b }))]}
              onValueChange={(body) => set({ body: body || null })}
            />
            <SelectField
              label={t('filters.owner')}
              value={filters.owner ?? ''}
              options={[{ value: '', label: t('filters.anyOwner') }, ...owners.map((o) => ({ value: o, label: o }))]}
              onValueChange={(owner) => set({ owner: owner || null })}
            />
            <SelectField<ActionStatusFilter>
              label={t('filters.status')}
              value={filters.status}
              options={ACTION_STATUSES.map((status) => ({ value: status, label: t(`filters.${status}`) }))}
              onValueChange={(status) => set({ status })}
            />
            <span className="toolbar__count" role="status">
              {t('count', { count: shown.length })}
              {overdue > 0 ? ` · ${t('overdueCount', { count: overdue })}` : ''}
            </span>
          </div>
          {shown.length === 0 ? (
            <p className="muted">{t('noMatch')}</p>
          ) : (
            <RowList
              items={shown}
              listRef={listRef}
              labelledBy="actions-heading"
              estimateSize={150}
              renderRow={(row, place) => (
                <ActionRowView key={row.action.id} row={row} place={place} today={today} onToggle={keepPlace} />
              )}
            />
          )}
        </>
      )}
    </section>
  );
}

/** Where a row's meeting opens: the editor of a draft, else its record at the row's agenda item. */
function meetingHref({ action, meeting }: ActionRow): string {
  if (meeting.status === 'draft') return routeHref({ name: 'meeting', id: meeting.id });
  const item = action.agendaItemId;
  return routeHref(item === null ? { name: 'live', id: meeting.id } : { name: 'live', id: meeting.id, at: { item } });
}

function ActionRowView({
  row,
  place,
  today,
  onToggle,
}: {
  row: ActionRow;
  place: RowPlace;
  today: string;
  onToggle: (action: ActionItem) => void;
}) {
  const { t } = useTranslation(['actions', 'meetings']);
  const { action, meeting } = row;
  const { index, total, windowed, measureRef } = place;
  const overdue = isOverdue(action, today);
  // Approved minutes list the action items as they were decided: only their follow-up changes.
  const approved = meeting.status === 'approved';
  const whatId = `action-${action.id}-what`;
  const meetingName = [meeting.sessionLabel, meeting.title || t('meetings:untitled')].filter(Boolean).join(' ');
  return (
    <li
      className={['action-row', overdue ? 'action-row--overdue' : '', action.done ? 'action-row--done' : '']
        .join(' ')
        .trim()}
      ref={measureRef}
      data-index={index}
      aria-setsize={windowed ? total : undefined}
      aria-posinset={windowed ? index + 1 : undefined}
    >
      <div className="action-row__status">
        <ActionDone action={action} describedBy={whatId} onToggle={onToggle} />
        {overdue ? <span className="badge badge--overdue">{t('overdue')}</span> : null}
        <span id={whatId} className="sr-only">
          {action.text}
        </span>
      </div>
      <AutosaveTextField
        fieldClassName="action-row__text"
        label={t('action')}
        value={action.text}
        readOnly={approved}
        onSave={(text) => updateActionItem(action.id, { text })}
      />
      <AutosaveTextField
        fieldClassName="action-row__owner"
        label={t('owner')}
        value={action.owner}
        readOnly={approved}
        onSave={(owner) => updateActionItem(action.id, { owner })}
      />
      <AutosaveDateTimeField
        kind="date"
        fieldClassName="action-row__due"
        label={t('due')}
        value={action.dueDate}
        // Read-only would still let ↑/↓ step the date.
        disabled={approved}
        onSave={(dueDate) => updateActionItem(action.id, { dueDate })}
      />
      <p className="action-row__place">
        <a href={meetingHref(row)}>{meetingName}</a>
        {meeting.date ? <span> ({meeting.date})</span> : null}
        <span> · {row.itemTitle?.trim() || t('noItem')}</span>
        {meeting.organization ? <span className="muted"> · {meeting.organization}</span> : null}
        {approved ? <span className="muted"> · {t('readOnly')}</span> : null}
      </p>
    </li>
  );
}
