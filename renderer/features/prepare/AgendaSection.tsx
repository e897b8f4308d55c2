import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AutosaveTextField } from '../../components/AutosaveTextField';
import { SelectField } from '../../components/Field';
import { IconButton } from '../../components/IconButton';
import { RowActions, RowList, RowShell, type RowPlace } from '../../components/RowList';
import {
  addAgendaItem,
  duplicateAgendaItem,
  moveAgendaItem,
  removeAgendaItem,
  restoreAgendaItem,
  updateAgendaItem,
} from '../../data/agenda';
import { parseCount } from '../../domain/numbers';
import { itemNumberLabels } from '../../i18n/format';
import { AGENDA_KINDS, type AgendaItem, type AgendaKind } from '../../domain/model';
import { sameRowProps, useOrderedRows } from '../../hooks/rows';
import { AttachmentList } from './AttachmentList';
import { ListCard } from './ListCard';

/** An item planned for longer than a day is a slip of the finger. */
const MAX_MINUTES = 24 * 60;

interface RowProps {
  item: AgendaItem;
  label: string;
  place: RowPlace;
  onMove: (id: string, to: number) => void;
  onRemove: (item: AgendaItem, index: number) => void;
  onDuplicate: (id: string) => void;
}

const AgendaRow = memo(function AgendaRow({ item, label, place, onMove, onRemove, onDuplicate }: RowProps) {
  const { t } = useTranslation(['editor', 'record']);
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: item.id,
  });
  const text = (key: 'title' | 'presenter' | 'notes', fieldClassName?: string) => (
    <AutosaveTextField
      hideLabel
      fieldClassName={fieldClassName}
      label={t(`agenda.${key}`)}
      placeholder={t(`agenda.${key}`)}
      value={item[key]}
      onSave={(value) => updateAgendaItem(item.id, { [key]: value })}
      data-field={key}
    />
  );
  return (
    <RowShell
      rowId={item.id}
      place={place}
      className={`agenda-row ${isDragging ? 'agenda-row--dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      nodeRef={setNodeRef}
      onMove={onMove}
    >
      <button
        type="button"
        className="drag-handle"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        data-field="drag"
        title={t('agenda.drag')}
      >
        <span aria-hidden="true">⠿</span>
        <span className="sr-only">
          {t('agenda.drag')}: {label}
        </span>
      </button>
      <span className="agenda-row__number">{label}</span>
      {text('title', 'agenda-row__title')}
      <SelectField<AgendaKind>
        hideLabel
        label={t('agenda.kind')}
        value={item.kind}
        options={AGENDA_KINDS.map((kind) => ({ value: kind, label: t(`record:kind.${kind}`) }))}
        onValueChange={(kind) => void updateAgendaItem(item.id, { kind })}
        data-field="kind"
      />
      {text('presenter')}
      <AutosaveTextField
        hideLabel
        type="number"
        min={0}
        max={MAX_MINUTES}
        inputMode="numeric"
        label={t('agenda.plannedMinutes')}
        placeholder={t('agenda.minutesPlaceholder')}
        value={item.plannedMinutes === null ? '' : String(item.plannedMinutes)}
        onSave={(text) => updateAgendaItem(item.id, { plannedMinutes: parseCount(text, MAX_MINUTES) })}
        data-field="plannedMinutes"
      />
      <RowActions row={item} place={place} onMove={onMove} onRemove={onRemove} removeLabel={t('agenda.remove')}>
        <IconButton
          icon="⧉"
          label={t('agenda.duplicate')}
          data-field="duplicate"
          onClick={() => onDuplicate(item.id)}
        />
      </RowActions>
      {text('notes', 'agenda-row__notes')}
      <AttachmentList itemId={item.id} names={item.attachments ?? []} label={label} />
    </RowShell>
  );
}, sameRowProps);

export function AgendaSection({ meetingId, agenda }: { meetingId: string; agenda: readonly AgendaItem[] }) {
  const { t } = useTranslation(['editor', 'record']);
  const { t: tr } = useTranslation('record');
  const numbers = useMemo(() => itemNumberLabels(tr, agenda), [agenda, tr]);
  const labelOf = useCallback((item: Pick<AgendaItem, 'id'>) => numbers.get(item.id) ?? '', [numbers]);
  const { listRef, focusRow, onMove, onRemove, add } = useOrderedRows({
    firstField: 'title',
    addButtonId: 'add-agenda-item',
    add: () => addAgendaItem(meetingId),
    move: moveAgendaItem,
    remove: removeAgendaItem,
    restore: restoreAgendaItem,
    removedMessage: (item: AgendaItem) => t('agenda.removed', { label: item.title || labelOf(item) }),
  });
  const onDuplicate = useCallback(
    (id: string) => {
      void duplicateAgendaItem(id).then((copy) => {
        if (copy) focusRow(copy, ['title']);
      });
    },
    [focusRow],
  );

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const to = agenda.findIndex((item) => item.id === over.id);
    if (to >= 0) void moveAgendaItem(String(active.id), to);
  };
  const position = (id: string | number) => agenda.findIndex((item) => item.id === id) + 1;
  const nameOf = (id: string | number) => {
    const item = agenda.find((i) => i.id === id);
    return item ? item.title || labelOf(item) : '';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('agenda.dnd.picked', { label: nameOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('agenda.dnd.over', { label: nameOf(active.id), position: position(over.id), total: agenda.length })
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('agenda.dnd.dropped', { label: nameOf(active.id), position: position(over.id), total: agenda.length })
        : undefined,
    onDragCancel: ({ active }) => t('agenda.dnd.canceled', { label: nameOf(active.id) }),
  };

  return (
    <ListCard list="agenda" count={agenda.length} addId="add-agenda-item" onAdd={add}>
      <p className="field__hint">{t('agenda.keyboardHint')}</p>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('agenda.dnd.instructions') } }}
      >
        <SortableContext items={agenda.map((item) => item.id)} strategy={verticalListSortingStrategy}>
          <RowList
            items={agenda}
            listRef={listRef}
            labelledBy="agenda-heading"
            estimateSize={130}
            renderRow={(item, place) => (
              <AgendaRow
                key={item.id}
                item={item}
                label={labelOf(item)}
                place={place}
                onMove={onMove}
                onRemove={onRemove}
                onDuplicate={onDuplicate}
              />
            )}
          />
        </SortableContext>
      </DndContext>
    </ListCard>
  );
}
