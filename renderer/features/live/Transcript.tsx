/**
 * The transcript: the current item's entries, newest last, in a column that scrolls by itself.
 * A meeting can put thousands of entries under one item, and the recorder must see what they just
 * typed, so:
 * - it follows the newest entry while the recorder is at (or near) the bottom; scrolled up to read,
 *   the view stays put and a button tells how many entries came below (follow.ts decides);
 * - long items render only the entries near the view (measured, so entries of any length and an
 *   open editor fit); short ones render them all;
 * - it is one Tab stop: a roving tabindex on the entries, ↑/↓/Home/End between them, Enter or F2
 *   edits, Delete deletes (with undo), Esc goes back to the Entry field (the table of shortcuts,
 *   scope 'transcript'). Edit and Delete stay as buttons for the mouse, outside the Tab order.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { shortcutFor } from '../../hooks/keys';
import { offerUndo } from '../../hooks/undo';
import { useReadOnly } from '../../hooks/readOnly';
import { removeEntry, restoreEntry, updateEntry } from '../../data/entries';
import { dropEdit, keepEdit, pendingEdit } from '../../data/pendingEdits';
import { editorName } from '../../hooks/prefs';
import { IconButton } from '../../components/IconButton';
import { clockTime, isoDay } from '../../domain/dates';
import { correctionOf, earlierVersions, entryClockTime } from '../../domain/corrections';
import type { Attendee, Entry, MeetingEvent } from '../../domain/model';
import { interleave, isEvent, shownInTranscript } from '../../domain/procedure';
import { speakerLabel } from '../../domain/speakers';
import { rowsToRender } from '../../hooks/windowRows';
import { activeIndex, afterRemoval, atNewest, moveTo, newBelow } from './follow';
import { useShownEntries, type ShownItem } from './notedEntries';
import type { LiveRecorder, SpeakerValue } from './recorder';
import { SpeakerPicker } from './SpeakerPicker';

/** Where focus goes when an entry's editor closes: back to the row (keyboard) or the Entry field. */
type EditOrigin = 'row' | 'entryField';

const ESTIMATED_ROW_PX = 64;
const OVERSCAN = 10;
/** Space above the first entry and below the last, inside the scrolling column. */
const EDGE_PX = 6;

/** Deletes the entry, which the recorder may still hold as noted, and offers to undo it. */
function removeWithUndo(entry: Entry, recorder: LiveRecorder | null, t: TFunction<'live'>): void {
  recorder?.forgetNoted(entry.id);
  void removeEntry(entry.id).then((removed) => {
    dropEdit(entry.id);
    if (removed) offerUndo(t('entryDeleted'), () => restoreEntry(removed));
  });
}

/** An agenda item as the editor's Item field lists it: its number and title. */
export interface ItemChoice {
  id: string;
  label: string;
}

interface EditorProps {
  entry: Entry;
  /** The meeting's recorder, which may still show the entry under the item it was noted in. */
  recorder: LiveRecorder | null;
  recorderName: string;
  roster: readonly Attendee[];
  items: readonly ItemChoice[];
  onDone: () => void;
}

/**
 * A correction: the text (its `@name` choosing the speaker, as when an entry is added), the
 * speaker, the clock time and the item (a procedural event's time is corrected in the meeting's
 * Procedure section). Enter saves, Esc cancels, Tab goes from field to field; a time that cannot
 * be read is refused with the reason, and nothing is saved.
 */
function EntryEditor({ entry, recorder, recorderName, roster, items, onDone }: EditorProps) {
  const { t } = useTranslation(['live', 'common']);
  const id = useId();
  const [text, setText] = useState(() => pendingEdit(entry.id) ?? entry.text);
  const [speaker, setSpeaker] = useState<SpeakerValue>({ speakerId: entry.speakerId, speakerName: entry.speakerName });
  const [time, setTime] = useState(() => entryClockTime(entry));
  const [itemId, setItemId] = useState(entry.agendaItemId);
  const [problem, setProblem] = useState<'notATime' | 'noSuchTime' | null>(null);
  const editor = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const timeField = useRef<HTMLInputElement>(null);
  // A correction taken up again is continued at its end; the whole editor is brought into the
  // column's view by the least scroll that shows it.
  useEffect(() => {
    const field = area.current;
    field?.setSelectionRange(field.value.length, field.value.length);
    editor.current?.closest('li')?.scrollIntoView({ block: 'nearest' });
  }, []);
  const close = () => {
    dropEdit(entry.id);
    onDone();
  };
  const save = (chosen: SpeakerValue = speaker) => {
    const correction = correctionOf(entry, { text, ...chosen, time, agendaItemId: itemId }, roster);
    if ('problem' in correction) {
      setProblem(correction.problem);
      timeField.current?.focus();
      return;
    }
    if (Object.keys(correction.changes).length === 0) return close();
    // The editor stays open until the correction is stored: a refused write loses nothing.
    updateEntry(entry.id, correction.changes, editorName(recorderName)).then(
      () => {
        // Moved to another item, it is shown only there.
        if (correction.changes.agendaItemId !== undefined) recorder?.forgetNoted(entry.id);
        close();
      },
      () => undefined,
    );
  };
  // Enter and Esc from any field (a button's Enter is its own; the speaker list takes its keys first).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.target instanceof HTMLButtonElement) return;
    const command = shortcutFor(event, 'entryEdit');
    if (command === undefined) return;
    event.preventDefault();
    if (command === 'saveEdit') save();
    else close();
  };
  return (
    <div className="entry__editor" ref={editor} onKeyDown={onKeyDown}>
      <textarea
        aria-label={t('editEntryLabel')}
        value={text}
        rows={Math.min(8, text.split('\n').length + 1)}
        ref={area}
        autoFocus
        onChange={(change) => {
          setText(change.target.value);
          keepEdit(entry.id, change.target.value);
        }}
      />
      <div className="entry__fields">
        <div className="entry__field entry__field--time">
          <label htmlFor={`${id}-time`}>{t('correction.time')}</label>
          <input
            id={`${id}-time`}
            ref={timeField}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={time}
            aria-invalid={problem !== null}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(change) => {
              setTime(change.target.value);
              setProblem(null);
            }}
          />
        </div>
        <>
          <SpeakerPicker
            roster={roster}
            quickKeys={[]}
            value={speaker}
            label={t('correction.speaker')}
            onChange={setSpeaker}
            onChosen={(chosen, by) => {
              if (by === 'key') save(chosen);
            }}
          />
          <div className="entry__field entry__field--item">
            <label htmlFor={`${id}-item`}>{t('correction.item')}</label>
            <select id={`${id}-item`} value={itemId} onChange={(change) => setItemId(change.target.value)}>
              {items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.label}
                </option>
              ))}
            </select>
          </div>
        </>
      </div>
      {problem ? (
        <p id={`${id}-problem`} className="field__error" role="alert">
          {t(`common:dateField.${problem}`, { text: time.trim() })}
        </p>
      ) : null}
      <div className="toolbar">
        <button type="button" className="button button--small button--primary" onClick={() => save()}>
          {t('saveEdit')}
        </button>
        <button type="button" className="button button--small" onClick={close}>
          {t('cancelEdit')}
        </button>
      </div>
    </div>
  );
}

function History({ entry, speakerOf, itemLabel }: { entry: Entry; speakerOf: SpeakerOf; itemLabel: ItemLabel }) {
  const { t } = useTranslation('live');
  return (
    <details className="entry__history">
      <summary>{t('history.summary', { count: entry.history.length })}</summary>
      <ol>
        {earlierVersions(entry).map((version) => (
          <li key={version.replacedAt}>
            <p className="entry__history-meta">
              {t('history.replaced', {
                time: `${isoDay(version.replacedAt)} ${clockTime(version.replacedAt)}`,
                by: version.replacedBy || t('history.unknown'),
              })}
            </p>
            <p className="entry__history-text">
              <time dateTime={new Date(version.createdAt).toISOString()}>{clockTime(version.createdAt)}</time>{' '}
              {version.agendaItemId !== entry.agendaItemId ? (
                <span className="entry__history-item">
                  {t('history.item', { item: itemLabel(version.agendaItemId) })}{' '}
                </span>
              ) : null}
              <span className="entry__speaker">{speakerOf(version) || t('note')}</span> {version.text}
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** "edited", telling when and by whom the entry was last corrected. */
function EditedMark({ entry }: { entry: Entry }) {
  const { t } = useTranslation('live');
  const last = entry.history.at(-1);
  if (!last) return null;
  const when = t('editedWhen', {
    time: `${isoDay(last.replacedAt)} ${clockTime(last.replacedAt)}`,
    by: last.replacedBy || t('history.unknown'),
  });
  return (
    <span className="entry__edited" title={when}>
      {t('edited')}
      <span className="sr-only"> ({when})</span>
    </span>
  );
}

type SpeakerOf = (who: Pick<Entry, 'speakerId' | 'speakerName'>) => string;
type ItemLabel = (itemId: string) => string;

interface RowProps {
  entry: Entry;
  recorder: LiveRecorder | null;
  recorderName: string;
  roster: readonly Attendee[];
  items: readonly ItemChoice[];
  speakerOf: SpeakerOf;
  itemLabel: ItemLabel;
  /** Its row in the transcript (procedural lines included), for the windowing. */
  index: number;
  /** Its place among the list's items, and their number. */
  position: number;
  total: number;
  /** Its offset in the list, in pixels. */
  start: number;
  /** The transcript's one Tab stop. */
  active: boolean;
  /** The entry a search result opened. */
  found: boolean;
  measureRef: (node: HTMLLIElement | null) => void;
  onEditDone: (entryId: string, origin: EditOrigin) => void;
  /** Delete with the mouse: the focus then goes back to the Entry field. */
  onRemove: (entry: Entry) => void;
}

const EntryRow = memo(function EntryRow(props: RowProps) {
  const { entry, recorder, recorderName, roster, items, speakerOf, itemLabel, index, position, total, start } = props;
  const { active, found, measureRef, onEditDone, onRemove } = props;
  const { t } = useTranslation('live');
  const readOnly = useReadOnly();
  // A correction left unfinished (another item, a reload, a closed window) is shown again.
  const [editing, setEditing] = useState<EditOrigin | null>(() =>
    pendingEdit(entry.id) !== null ? 'entryField' : null,
  );
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    // Keys typed in the editor or on a button are theirs.
    if (event.target !== event.currentTarget || readOnly) return;
    if (shortcutFor(event, 'transcript') !== 'editEntry') return;
    event.preventDefault();
    event.stopPropagation();
    setEditing('row');
  };
  return (
    <li
      className={`entry entry--${entry.kind}${found ? ' entry--found' : ''}`}
      ref={measureRef}
      data-index={index}
      data-entry-id={entry.id}
      aria-setsize={total}
      aria-posinset={position + 1}
      tabIndex={active ? 0 : -1}
      style={{ transform: `translateY(${start}px)` }}
      onKeyDown={onKeyDown}
    >
      <div className="entry__meta">
        <time dateTime={new Date(entry.createdAt).toISOString()}>{clockTime(entry.createdAt)}</time>
        <span className="entry__speaker">{speakerOf(entry) || t('note')}</span>
        <EditedMark entry={entry} />
        <span className="entry__actions">
          <button
            type="button"
            className="button button--quiet button--small"
            tabIndex={-1}
            onClick={() => setEditing('entryField')}
          >
            {t('editEntry')}
          </button>
          <IconButton icon="✕" danger tabIndex={-1} label={t('deleteEntry')} onClick={() => onRemove(entry)} />
        </span>
      </div>
      {editing ? (
        <EntryEditor
          entry={entry}
          recorder={recorder}
          recorderName={recorderName}
          roster={roster}
          items={items}
          onDone={() => {
            setEditing(null);
            onEditDone(entry.id, editing);
          }}
        />
      ) : (
        <p className="entry__text">{entry.text}</p>
      )}
      {entry.history.length > 0 ? <History entry={entry} speakerOf={speakerOf} itemLabel={itemLabel} /> : null}
    </li>
  );
});

/**
 * A procedural event where it happened (a recess, an arrival…): a line about the sitting, not an
 * entry of the list. It takes no focus and is no list item (hidden from the accessibility tree
 * inside the list, which may hold list items only), so the list's items are exactly what was said
 * and noted; screen readers have the recess in the header and every event in the meeting's
 * Procedure section, where their times are corrected.
 */
function EventLine({ event, label, start, measureRef, index }: EventLineProps) {
  const time = <time dateTime={new Date(event.createdAt).toISOString()}>{clockTime(event.createdAt)}</time>;
  if (start === null) {
    return (
      <p className="entry entry--event entry--static">
        {time} <span className="entry__event">{label}</span>
      </p>
    );
  }
  return (
    <li
      aria-hidden="true"
      className="entry entry--event"
      ref={measureRef}
      data-index={index}
      style={{ transform: `translateY(${start}px)` }}
    >
      <span className="entry__meta">
        {time} <span className="entry__event">{label}</span>
      </span>
    </li>
  );
}

interface EventLineProps {
  event: MeetingEvent;
  label: string;
  /** Its offset in the list; null when the item has nothing said yet and it stands alone. */
  start: number | null;
  measureRef?: (node: HTMLLIElement | null) => void;
  index?: number;
}

interface Props {
  /** The item's entries as stored; undefined while they are read. */
  stored: readonly Entry[] | undefined;
  /** The procedural events recorded under the item (a recess, an arrival…). */
  events: readonly MeetingEvent[] | undefined;
  /** The meeting's recorder, whose entries noted with Enter are shown before they are stored. */
  recorder: LiveRecorder | null;
  place: ShownItem;
  roster: readonly Attendee[];
  /** The meeting's agenda items, in order, for moving an entry to another. */
  items: readonly ItemChoice[];
  /** Who corrects entries (the meeting's recorder, by name), for their history. */
  recorderName: string;
  /** Puts the focus in the Entry field (Esc in the transcript, an edit begun with the mouse done). */
  onBackToEntry: () => void;
  /** An entry to show (a search result's): scrolled to, marked and focused once it is read. */
  target?: string | undefined;
}

/** Keyed by item where it is used: another item starts at its newest entry, following. */
export function Transcript(props: Props) {
  const { stored, events, recorder, place, roster, items, recorderName, onBackToEntry, target } = props;
  const { t } = useTranslation('live');
  // Subscribed here, not on the page: an entry added re-renders the transcript alone.
  // The list's items, which the keys move between: what was said and noted.
  const entries = useShownEntries(stored, recorder, place);
  // Rows in the order recorded: the entries and the procedural lines between them.
  const rows = useMemo(() => interleave(entries, (events ?? []).filter(shownInTranscript)), [entries, events]);
  const readOnly = useReadOnly();
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // The recorder is at the newest entry: new ones are scrolled to.
  const [following, setFollowing] = useState(target === undefined);
  // The newest entry when the recorder scrolled up: those after it are "new below".
  const [seenId, setSeenId] = useState<string | null>(null);
  // The entry that holds the Tab stop; none chosen yet means the newest.
  const [activeId, setActiveId] = useState<string | null>(target ?? null);

  const ids = useMemo(() => entries.map((entry) => entry.id), [entries]);
  const rowIds = useMemo(() => rows.map((entry) => entry.id), [rows]);
  const lastId = rowIds.at(-1) ?? null;
  const active = activeIndex(ids, activeId);
  const activeRow = rowIds.indexOf(ids[active] ?? '');

  // One function per roster, so that memoised rows re-render only when their entry changes.
  const speakerOf = useMemo((): SpeakerOf => {
    const byId = new Map(roster.map((a) => [a.id, a]));
    return (who) => {
      const attendee = who.speakerId ? byId.get(who.speakerId) : undefined;
      return attendee ? speakerLabel(attendee) : who.speakerName;
    };
  }, [roster]);
  const eventLabel = (event: MeetingEvent) =>
    t(`event.${event.type}`, { name: speakerOf({ speakerId: event.attendeeId, speakerName: '' }) });
  const itemLabel = useMemo((): ItemLabel => {
    const byId = new Map(items.map((item) => [item.id, item.label]));
    return (itemId) => byId.get(itemId) ?? '';
  }, [items]);

  // The build does not use React Compiler: the rows are memoised by hand, and what they get from
  // the virtualizer (measureElement) is bound once per instance.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey: (index) => rowIds[index] ?? index,
    overscan: OVERSCAN,
    paddingStart: EDGE_PX,
    paddingEnd: EDGE_PX,
    rangeExtractor: (range) => rowsToRender(range, activeRow),
  });

  const toNewest = useCallback(() => {
    if (rowIds.length > 0) virtualizer.scrollToIndex(rowIds.length - 1, { align: 'end' });
  }, [rowIds.length, virtualizer]);

  // A new entry, while following, is scrolled to before it is painted.
  useLayoutEffect(() => {
    if (following && lastId !== null) toNewest();
  }, [following, lastId, toNewest]);

  // The column shrinking (a longer entry being typed, a smaller window) keeps the newest in view.
  useEffect(() => {
    const element = scroller.current;
    if (!following || !element) return undefined;
    const observer = new ResizeObserver(toNewest);
    observer.observe(element);
    return () => observer.disconnect();
  }, [following, toNewest]);

  // The target entry, once read, is scrolled to and takes the focus (it is the active entry, so
  // it is rendered wherever it is); once only, so that the recorder then moves freely.
  const revealed = useRef(false);
  const targetRow = target === undefined ? -1 : rowIds.indexOf(target);
  useEffect(() => {
    if (revealed.current || targetRow < 0) return;
    revealed.current = true;
    virtualizer.scrollToIndex(targetRow, { align: 'center' });
    list.current?.querySelector<HTMLElement>(`:scope > li[data-index="${targetRow}"]`)?.focus({ preventScroll: true });
  }, [targetRow, virtualizer]);

  // The focus, when it is on an entry, follows the active entry (arrow keys, a deleted entry).
  useLayoutEffect(() => {
    const element = list.current;
    if (!element?.contains(document.activeElement) || document.activeElement === element) return;
    if (document.activeElement instanceof HTMLLIElement && document.activeElement.parentElement === element) {
      element.querySelector<HTMLElement>(`:scope > li[data-index="${activeRow}"]`)?.focus({ preventScroll: true });
    }
  }, [activeRow]);

  const onEditDone = useCallback(
    (entryId: string, origin: EditOrigin) => {
      const row = list.current?.querySelector<HTMLElement>(`:scope > li[data-entry-id="${entryId}"]`);
      // An entry moved to another item is no longer here: the focus goes back to the Entry field.
      if (origin === 'entryField' || !row) onBackToEntry();
      else row.focus();
    },
    [onBackToEntry],
  );

  const onRemove = useCallback(
    (entry: Entry) => {
      removeWithUndo(entry, recorder, t);
      onBackToEntry();
    },
    [recorder, t, onBackToEntry],
  );

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    const atBottom = atNewest(element);
    if (atBottom === following) return;
    setFollowing(atBottom);
    if (!atBottom) setSeenId(lastId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    // Only keys pressed on an entry itself: the editor and the buttons have their own.
    const row = event.target;
    if (!(row instanceof HTMLLIElement) || row.parentElement !== list.current) return;
    const command = shortcutFor(event, 'transcript');
    switch (command) {
      case 'previousEntry':
      case 'nextEntry':
      case 'firstEntry':
      case 'lastEntry': {
        const to = moveTo(command, active, ids.length);
        setActiveId(ids[to] ?? null);
        virtualizer.scrollToIndex(rowIds.indexOf(ids[to] ?? ''), { align: 'auto' });
        break;
      }
      case 'deleteEntry': {
        const entry = entries[active];
        if (readOnly || !entry) return;
        setActiveId(afterRemoval(ids, active));
        removeWithUndo(entry, recorder, t);
        break;
      }
      case 'backToEntry':
        onBackToEntry();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const unseen = following ? 0 : newBelow(rowIds, seenId);

  return (
    <div className="live__entries">
      <div className="transcript__scroll" ref={scroller} onScroll={onScroll}>
        {entries.length === 0 ? (
          <>
            {(events ?? []).filter(shownInTranscript).map((event) => (
              <EventLine key={event.id} event={event} label={eventLabel(event)} start={null} />
            ))}
            <p className="muted entries__empty">{t('noEntries')}</p>
          </>
        ) : (
          <ol
            className="entries"
            ref={list}
            aria-label={t('entriesHeading')}
            style={{ height: virtualizer.getTotalSize() }}
            onKeyDown={onKeyDown}
            onFocus={(event) => {
              const row = event.target.closest('li[data-entry-id]');
              if (row instanceof HTMLElement && row.parentElement === list.current)
                setActiveId(row.dataset.entryId ?? null);
            }}
          >
            {virtualizer.getVirtualItems().map((row) => {
              const entry = rows[row.index];
              if (entry === undefined) return null;
              if (isEvent(entry))
                return (
                  <EventLine
                    key={entry.id}
                    event={entry}
                    label={eventLabel(entry)}
                    start={row.start}
                    index={row.index}
                    measureRef={virtualizer.measureElement}
                  />
                );
              return (
                <EntryRow
                  key={entry.id}
                  entry={entry}
                  recorder={recorder}
                  recorderName={recorderName}
                  roster={roster}
                  items={items}
                  speakerOf={speakerOf}
                  itemLabel={itemLabel}
                  index={row.index}
                  position={ids.indexOf(entry.id)}
                  total={entries.length}
                  start={row.start}
                  active={row.index === activeRow}
                  found={entry.id === target}
                  measureRef={virtualizer.measureElement}
                  onEditDone={onEditDone}
                  onRemove={onRemove}
                />
              );
            })}
          </ol>
        )}
      </div>
      {unseen > 0 ? (
        <button
          type="button"
          className="button button--primary transcript__new"
          onClick={() => {
            setFollowing(true);
            toNewest();
            onBackToEntry();
          }}
        >
          {t('newBelow', { count: unseen })}
          <span aria-hidden="true"> ↓</span>
        </button>
      ) : null}
    </div>
  );
}
