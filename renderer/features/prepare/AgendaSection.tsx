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
import { memo, useCallback, useMemo, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadOnly } from '../../hooks/readOnly';
import { offerUndo } from '../../hooks/undo';
import { AutosaveTextField } from '../../components/AutosaveTextField';
import { SelectField } from '../../components/Field';
import { IconButton, MoveButtons } from '../../components/IconButton';
import { revealListEnd, RowList } from '../../components/RowList';
import {
  addAgendaItem,
  duplicateAgendaItem,
  moveAgendaItem,
  removeAgendaItem,
  restoreAgendaItem,
  updateAgendaItem,
} from '../../data/agenda';
import { kindNumbers } from '../../domain/agenda';
import { parseCount } from '../../domain/numbers';
import { AGENDA_KINDS, type AgendaItem, type AgendaKind } from '../../domain/model';
import { reorderDirection, sameRowProps, useRowFocus } from '../../hooks/rows';

/** An item planned for longer than a day is a slip of the finger. */
const MAX_MINUTES = 24 * 60;

interface RowProps {
  item: AgendaItem;
  label: string;
  index: number;
  total: number;
  windowed: boolean;
  measureRef?: Ref<HTMLLIElement> | undefined;
  onMove: (id: string, to: number) => void;
  onRemove: (item: AgendaItem, index: number, label: string) => void;
  onDuplicate: (id: string) => void;
}

const AgendaRow = memo(function AgendaRow({
  item,
  label,
  index,
  total,
  windowed,
  measureRef,
  onMove,
  onRemove,
  onDuplicate,
}: RowProps) {
  const { t } = useTranslation(['editor', 'record']);
  const readOnly = useReadOnly();
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: item.id,
  });
  const style = { transform: CSS.Translate.toString(transform), transition };
  const saveText = (key: 'title' | 'presenter' | 'notes') => (value: string) =>
    updateAgendaItem(item.id, { [key]: value });
  return (
    <li
      ref={(node) => {
        setNodeRef(node);
        if (typeof measureRef === 'function') measureRef(node);
      }}
      data-index={index}
      aria-setsize={windowed ? total : undefined}
      aria-posinset={windowed ? index + 1 : undefined}
      style={style}
      className={`agenda-row ${isDragging ? 'agenda-row--dragging' : ''}`}
      data-row-id={item.id}
      onKeyDown={(event) => {
        const direction = readOnly ? 0 : reorderDirection(event);
        if (direction === 0) return;
        event.preventDefault();
        onMove(item.id, index + direction);
      }}
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
      <AutosaveTextField
        hideLabel
        fieldClassName="agenda-row__title"
        label={t('agenda.title')}
        placeholder={t('agenda.title')}
        value={item.title}
        onSave={saveText('title')}
        data-field="title"
      />
      <SelectField<AgendaKind>
        hideLabel
        label={t('agenda.kind')}
        value={item.kind}
        options={AGENDA_KINDS.map((kind) => ({ value: kind, label: t(`record:kind.${kind}`) }))}
        onValueChange={(kind) => void updateAgendaItem(item.id, { kind })}
        data-field="kind"
      />
      <AutosaveTextField
        hideLabel
        label={t('agenda.presenter')}
        placeholder={t('agenda.presenter')}
        value={item.presenter}
        onSave={saveText('presenter')}
        data-field="presenter"
      />
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
      <div className="row-actions">
        <MoveButtons
          index={index}
          total={total}
          onMove={(to) => onMove(item.id, to)}
          labels={{ up: t('moveUp'), down: t('moveDown') }}
        />
        <IconButton
          icon="⧉"
          label={t('agenda.duplicate')}
          data-field="duplicate"
          onClick={() => onDuplicate(item.id)}
        />
        <IconButton
          icon="✕"
          danger
          label={t('agenda.remove')}
          data-field="remove"
          onClick={() => onRemove(item, index, label)}
        />
      </div>
      <AutosaveTextField
        hideLabel
        fieldClassName="agenda-row__notes"
        label={t('agenda.notes')}
        placeholder={t('agenda.notes')}
        value={item.notes}
        onSave={saveText('notes')}
        data-field="notes"
      />
    </li>
  );
}, sameRowProps);

export function AgendaSection({ meetingId, agenda }: { meetingId: string; agenda: readonly AgendaItem[] }) {
  const { t } = useTranslation(['editor', 'record']);
  const listRef = useRef<HTMLOListElement>(null);
  const { focusRow, keepFocus, focusNeighbour } = useRowFocus(listRef);
  const numbers = useMemo(() => kindNumbers(agenda), [agenda]);
  const labelOf = useCallback(
    (item: Pick<AgendaItem, 'id' | 'kind'>) => t(`record:number.${item.kind}`, { n: numbers.get(item.id) ?? 0 }),
    [numbers, t],
  );

  const onMove = useCallback(
    (id: string, to: number) => {
      keepFocus(id);
      void moveAgendaItem(id, to);
    },
    [keepFocus],
  );
  const onDuplicate = useCallback(
    (id: string) => {
      void duplicateAgendaItem(id).then((copy) => {
        if (copy) focusRow(copy, ['title']);
      });
    },
    [focusRow],
  );
  const onRemove = useCallback(
    (item: AgendaItem, index: number, label: string) => {
      focusNeighbour(index, 'title', 'add-agenda-item');
      void removeAgendaItem(item.id).then((removed) => {
        if (!removed) return;
        offerUndo(t('agenda.removed', { label: item.title || label }), () => restoreAgendaItem(removed));
      });
    },
    [t, focusNeighbour],
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

  const add = async () => {
    const id = await addAgendaItem(meetingId);
    revealListEnd(listRef.current);
    focusRow(id, ['title']);
  };

  return (
    <section className="card" aria-labelledby="agenda-heading" id="agenda">
      <header className="card__header">
        <h2 id="agenda-heading">
          {t('sections.agenda')} <span className="count">{t('agenda.count', { count: agenda.length })}</span>
        </h2>
        <button type="button" id="add-agenda-item" className="button button--primary" onClick={() => void add()}>
          {t('agenda.add')}
        </button>
      </header>
      {agenda.length === 0 ? (
        <p className="muted">{t('agenda.empty')}</p>
      ) : (
        <>
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
                estimateSize={97}
                renderRow={(item, index, { measureRef, windowed }) => (
                  <AgendaRow
                    key={item.id}
                    item={item}
                    label={labelOf(item)}
                    index={index}
                    total={agenda.length}
                    windowed={windowed}
                    measureRef={measureRef}
                    onMove={onMove}
                    onRemove={onRemove}
                    onDuplicate={onDuplicate}
                  />
                )}
              />
            </SortableContext>
          </DndContext>
        </>
      )}
    </section>
  );
}
