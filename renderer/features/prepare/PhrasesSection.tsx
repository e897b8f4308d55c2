/**
 * The procedural phrases of the meeting's body (domain/phrases.ts): the list that Alt+1…9 add to
 * the record while it is being taken. It belongs to the body, so a change here applies to every
 * meeting of the same organization; while the body has no list of its own, the defaults of the
 * meeting's minutes language are shown, and the first change makes them the body's own.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AutosaveTextField } from '../../components/AutosaveTextField';
import { RowActions, RowShell, type RowPlace } from '../../components/RowList';
import { useBodyPhrases } from '../../data/hooks';
import {
  addPhrase,
  movePhrase,
  removePhrase,
  resetPhrases,
  restorePhrase,
  restorePhrases,
  updatePhrase,
} from '../../data/phrases';
import { MAX_PHRASES, type Meeting, type Phrase } from '../../domain/model';
import { phraseBody, phrasesOf } from '../../domain/phrases';
import { sameRowProps, useOrderedRows } from '../../hooks/rows';
import { offerUndo } from '../../hooks/undo';
import { phraseDefaults } from '../../i18n/resources';
import { ListCard } from './ListCard';

interface RowProps {
  phrase: Phrase;
  place: RowPlace;
  onSave: (id: string, text: string) => Promise<void>;
  onMove: (id: string, to: number) => void;
  onRemove: (phrase: Phrase, index: number) => void;
}

const PhraseRow = memo(function PhraseRow({ phrase, place, onSave, onMove, onRemove }: RowProps) {
  const { t } = useTranslation('editor');
  return (
    <RowShell rowId={phrase.id} place={place} className="phrase-row" onMove={onMove}>
      <kbd aria-hidden="true">Alt+{place.index + 1}</kbd>
      <AutosaveTextField
        hideLabel
        label={t('phrases.text', { n: place.index + 1 })}
        value={phrase.text}
        onSave={(text) => onSave(phrase.id, text)}
        data-field="text"
      />
      <RowActions row={phrase} place={place} onMove={onMove} onRemove={onRemove} removeLabel={t('phrases.remove')} />
    </RowShell>
  );
}, sameRowProps);

export function PhrasesSection({ meeting }: { meeting: Pick<Meeting, 'organization' | 'minutesLanguage'> }) {
  const { t } = useTranslation('editor');
  const body = phraseBody(meeting.organization);
  const defaults = phraseDefaults(meeting.minutesLanguage);
  const stored = useBodyPhrases(body);
  const phrases = useMemo(() => phrasesOf(stored, defaults), [stored, defaults]);
  const { listRef, onMove, onRemove, add } = useOrderedRows({
    firstField: 'text',
    addButtonId: 'add-phrase',
    // The button is disabled once every key has its phrase.
    add: async () => (await addPhrase(body, defaults)) ?? '',
    move: (id: string, to: number) => movePhrase(body, defaults, id, to),
    remove: (id: string) => removePhrase(body, defaults, id),
    restore: restorePhrase,
    removedMessage: (phrase: Phrase) => t('phrases.removed', { text: phrase.text }),
  });
  const onSave = useMemo(() => (id: string, text: string) => updatePhrase(body, defaults, id, text), [body, defaults]);
  const reset = async () => {
    const before = await resetPhrases(body);
    if (before) offerUndo(t('phrases.resetDone'), () => restorePhrases(before));
  };
  if (stored === undefined) return null;
  const full = phrases.length >= MAX_PHRASES;

  return (
    <ListCard
      list="phrases"
      count={phrases.length}
      addId="add-phrase"
      onAdd={add}
      addDisabled={full}
      tools={
        <button type="button" className="button" onClick={() => void reset()} disabled={stored === null}>
          {t('phrases.reset')}
        </button>
      }
      above={
        <p className="field__hint">
          {body ? t('phrases.forBody', { body }) : t('phrases.forNoBody')}{' '}
          {stored === null ? t('phrases.defaults') : null} {full ? t('phrases.full') : null}
        </p>
      }
    >
      {/* Nine rows at most: never windowed (components/RowList.tsx). */}
      <ol className="rows" ref={listRef} aria-labelledby="phrases-heading">
        {phrases.map((phrase, index) => (
          <PhraseRow
            key={phrase.id}
            phrase={phrase}
            place={{ index, total: phrases.length, windowed: false }}
            onSave={onSave}
            onMove={onMove}
            onRemove={onRemove}
          />
        ))}
      </ol>
    </ListCard>
  );
}
