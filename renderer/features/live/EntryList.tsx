import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutFor } from '../../hooks/keys';
import { offerUndo } from '../../hooks/undo';
import { removeEntry, restoreEntry, updateEntry } from '../../data/entries';
import { dropEdit, keepEdit, pendingEdit } from '../../data/pendingEdits';
import { editorName } from '../../hooks/prefs';
import { IconButton } from '../../components/IconButton';
import { clockTime, isoDay } from '../../domain/dates';
import type { Attendee, Entry, EntryRevision } from '../../domain/model';
import { speakerLabel } from '../../domain/speakers';

function EntryEditor({ entry, recorder, onDone }: { entry: Entry; recorder: string; onDone: () => void }) {
  const { t } = useTranslation('live');
  const [text, setText] = useState(() => pendingEdit(entry.id) ?? entry.text);
  const area = useRef<HTMLTextAreaElement>(null);
  // A correction taken up again is continued at its end.
  useEffect(() => {
    const field = area.current;
    field?.setSelectionRange(field.value.length, field.value.length);
  }, []);
  const close = () => {
    dropEdit(entry.id);
    onDone();
  };
  const save = () => {
    if (text.trim() === '' || text.trim() === entry.text) return close();
    // The editor stays open until the correction is stored: a refused write loses nothing.
    updateEntry(entry.id, { text: text.trim() }, editorName(recorder)).then(close, () => undefined);
  };
  return (
    <div className="entry__editor">
      <textarea
        aria-label={t('editEntryLabel')}
        value={text}
        rows={Math.min(8, text.split('\n').length + 1)}
        ref={area}
        autoFocus
        onChange={(event) => {
          setText(event.target.value);
          keepEdit(entry.id, event.target.value);
        }}
        onKeyDown={(event) => {
          const command = shortcutFor(event, 'entryEdit');
          if (command === undefined) return;
          event.preventDefault();
          if (command === 'saveEdit') save();
          else close();
        }}
      />
      <div className="toolbar">
        <button type="button" className="button button--small button--primary" onClick={save}>
          {t('saveEdit')}
        </button>
        <button type="button" className="button button--small" onClick={close}>
          {t('cancelEdit')}
        </button>
      </div>
    </div>
  );
}

function History({ entry, speakerOf }: { entry: Entry; speakerOf: (revision: EntryRevision) => string }) {
  const { t } = useTranslation('live');
  return (
    <details className="entry__history">
      <summary>{t('history.summary', { count: entry.history.length })}</summary>
      <ol>
        {[...entry.history].reverse().map((revision) => (
          <li key={revision.replacedAt}>
            <p className="entry__history-meta">
              {t('history.replaced', {
                time: `${isoDay(revision.replacedAt)} ${clockTime(revision.replacedAt)}`,
                by: revision.replacedBy || t('history.unknown'),
              })}
            </p>
            <p className="entry__history-text">
              <span className="entry__speaker">{speakerOf(revision) || t('note')}</span> {revision.text}
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}

interface RowProps {
  entry: Entry;
  speaker: string;
  recorder: string;
  speakerOf: (revision: EntryRevision) => string;
}

const EntryRow = memo(function EntryRow({ entry, speaker, recorder, speakerOf }: RowProps) {
  const { t } = useTranslation('live');
  // A correction left unfinished (another item, a reload, a closed window) is shown again.
  const [editing, setEditing] = useState(() => pendingEdit(entry.id) !== null);
  const remove = () =>
    void removeEntry(entry.id).then((removed) => {
      dropEdit(entry.id);
      if (removed) offerUndo(t('entryDeleted'), () => restoreEntry(removed));
    });
  return (
    <li className={`entry entry--${entry.kind}`}>
      <div className="entry__meta">
        <time dateTime={new Date(entry.createdAt).toISOString()}>{clockTime(entry.createdAt)}</time>
        <span className="entry__speaker">{speaker || t('note')}</span>
        {entry.history.length > 0 ? <span className="entry__edited">{t('edited')}</span> : null}
        <span className="entry__actions">
          <button type="button" className="button button--quiet button--small" onClick={() => setEditing(true)}>
            {t('editEntry')}
          </button>
          <IconButton icon="✕" danger label={t('deleteEntry')} onClick={remove} />
        </span>
      </div>
      {editing ? (
        <EntryEditor entry={entry} recorder={recorder} onDone={() => setEditing(false)} />
      ) : (
        <p className="entry__text">{entry.text}</p>
      )}
      {entry.history.length > 0 ? <History entry={entry} speakerOf={speakerOf} /> : null}
    </li>
  );
});

export function EntryList({
  entries,
  roster,
  recorder,
}: {
  entries: readonly Entry[];
  roster: readonly Attendee[];
  recorder: string;
}) {
  const { t } = useTranslation('live');
  // One function per roster, so that memoised rows re-render only when their entry changes.
  const speakerOf = useMemo(() => {
    const byId = new Map(roster.map((a) => [a.id, a]));
    return (who: Pick<Entry, 'speakerId' | 'speakerName'>) => {
      const attendee = who.speakerId ? byId.get(who.speakerId) : undefined;
      return attendee ? speakerLabel(attendee) : who.speakerName;
    };
  }, [roster]);
  if (entries.length === 0) return <p className="muted entries__empty">{t('noEntries')}</p>;
  return (
    <ol className="entries" aria-label={t('entriesHeading')}>
      {entries.map((entry) => (
        <EntryRow key={entry.id} entry={entry} speaker={speakerOf(entry)} recorder={recorder} speakerOf={speakerOf} />
      ))}
    </ol>
  );
}
