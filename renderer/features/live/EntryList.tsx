import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isComposing, onlyModifiers } from '../../app/keys';
import { trackSave } from '../../app/saveStatus';
import { offerUndo } from '../../app/undo';
import { removeEntry, restoreEntry, updateEntry } from '../../data/entries';
import { clockTime } from '../../domain/dates';
import type { Attendee, Entry } from '../../domain/model';
import { speakerLabel } from '../../domain/speakers';

function EntryEditor({ entry, onDone }: { entry: Entry; onDone: () => void }) {
  const { t } = useTranslation('live');
  const [text, setText] = useState(entry.text);
  const save = () => {
    if (text.trim() !== '' && text !== entry.text) void trackSave(updateEntry(entry.id, { text: text.trim() }));
    onDone();
  };
  return (
    <div className="entry__editor">
      <textarea
        aria-label={t('editEntryLabel')}
        value={text}
        rows={Math.min(8, text.split('\n').length + 1)}
        autoFocus
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (isComposing(event)) return;
          if (event.key === 'Enter' && onlyModifiers(event, {})) {
            event.preventDefault();
            save();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onDone();
          }
        }}
      />
      <div className="toolbar">
        <button type="button" className="button button--small button--primary" onClick={save}>
          {t('saveEdit')}
        </button>
        <button type="button" className="button button--small" onClick={onDone}>
          {t('cancelEdit')}
        </button>
      </div>
    </div>
  );
}

const EntryRow = memo(function EntryRow({ entry, speaker }: { entry: Entry; speaker: string }) {
  const { t } = useTranslation('live');
  const [editing, setEditing] = useState(false);
  const remove = () =>
    void trackSave(removeEntry(entry.id)).then((removed) => {
      if (removed) offerUndo(t('entryDeleted'), () => restoreEntry(removed));
    });
  return (
    <li className={`entry entry--${entry.kind}`}>
      <div className="entry__meta">
        <time dateTime={new Date(entry.createdAt).toISOString()}>{clockTime(entry.createdAt)}</time>
        <span className="entry__speaker">{speaker || t('note')}</span>
        {entry.updatedAt > entry.createdAt + 1000 ? <span className="entry__edited">{t('edited')}</span> : null}
        <span className="entry__actions">
          <button type="button" className="button button--quiet button--small" onClick={() => setEditing(true)}>
            {t('editEntry')}
          </button>
          <button type="button" className="icon-button icon-button--danger" onClick={remove} title={t('deleteEntry')}>
            <span aria-hidden="true">✕</span>
            <span className="sr-only">{t('deleteEntry')}</span>
          </button>
        </span>
      </div>
      {editing ? (
        <EntryEditor entry={entry} onDone={() => setEditing(false)} />
      ) : (
        <p className="entry__text">{entry.text}</p>
      )}
    </li>
  );
});

export function EntryList({ entries, roster }: { entries: readonly Entry[]; roster: readonly Attendee[] }) {
  const { t } = useTranslation('live');
  const byId = new Map(roster.map((a) => [a.id, a]));
  if (entries.length === 0) return <p className="muted entries__empty">{t('noEntries')}</p>;
  return (
    <ol className="entries" aria-label={t('entriesHeading')}>
      {entries.map((entry) => {
        const attendee = entry.speakerId ? byId.get(entry.speakerId) : undefined;
        return (
          <EntryRow key={entry.id} entry={entry} speaker={attendee ? speakerLabel(attendee) : entry.speakerName} />
        );
      })}
    </ol>
  );
}
