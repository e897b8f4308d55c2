/**
 * The Entry field, where the recorder types during the meeting. It is the one place where
 * typing must never lag or lose a syllable, so:
 * - the textarea is uncontrolled: React never writes its value while the recorder types, so an
 *   IME composition is never re-rendered, cut or doubled; keys are ignored while composing;
 * - the text, the speaker and every action belong to the meeting's recorder (recorder.ts), which
 *   mirrors each keystroke synchronously and writes actions in the order the keys were pressed.
 *
 * Ctrl+1…9 give the meeting's quick-key speakers (domain/speakers.ts), listed under the fields;
 * Ctrl+Shift+digit pins the current speaker to a digit, stored with the meeting. Alt+1…9 add the
 * body's procedural phrases (domain/phrases.ts) as notes, listed as buttons under the quick keys,
 * without touching what is being typed.
 */
import {
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useSyncExternalStore,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useBodyPhrases } from '../../data/hooks';
import { updateMeeting } from '../../data/meetings';
import { shortcutFor } from '../../hooks/keys';
import type { AgendaItem, Attendee, Meeting } from '../../domain/model';
import { phraseBody, phraseKeys, phrasesOf } from '../../domain/phrases';
import { keyDigit } from '../../domain/shortcuts';
import { pinSpeaker, quickSpeakers, shortSpeakerLabel } from '../../domain/speakers';
import { phraseDefaults } from '../../i18n/resources';
import type { LiveRecorder, SpeakerValue } from './recorder';
import { SpeakerPicker } from './SpeakerPicker';

export interface ComposerHandle {
  focus(): void;
}

interface Props {
  recorder: LiveRecorder;
  /** The item browsed after the meeting; null while it is live (the meeting's current item). */
  itemId: string | null;
  /** False when there is no item to record under. */
  enabled: boolean;
  roster: readonly Attendee[];
  /** Whose quick keys (its chair and pinned keys) and phrases (its body's, or its language's defaults). */
  meeting: Pick<Meeting, 'id' | 'chairId' | 'speakerKeys' | 'organization' | 'minutesLanguage'>;
  /** The agenda, whose presenters come first among the quick keys. */
  agenda: readonly Pick<AgendaItem, 'presenter'>[];
  ref?: Ref<ComposerHandle>;
}

export function EntryComposer({ recorder, itemId, enabled, roster, meeting, agenda, ref }: Props) {
  const { t } = useTranslation('live');
  const fieldId = useId();
  const keysId = `${fieldId}-keys`;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const speaker = useSyncExternalStore(recorder.subscribeSpeaker, recorder.speaker);
  const { id: meetingId, chairId, speakerKeys, organization, minutesLanguage } = meeting;
  const quickKeys = useMemo(
    () => quickSpeakers(roster, chairId, agenda, speakerKeys),
    [roster, chairId, agenda, speakerKeys],
  );
  const storedPhrases = useBodyPhrases(phraseBody(organization));
  const phrases = useMemo(
    () => (storedPhrases === undefined ? [] : phraseKeys(phrasesOf(storedPhrases, phraseDefaults(minutesLanguage)))),
    [storedPhrases, minutesLanguage],
  );

  /** Ctrl+Shift+digit: pins a speaker from the roster to the digit; anyone else gives it back. */
  const pin = (digit: number, value: SpeakerValue) => {
    const pins = pinSpeaker(quickKeys, digit, value.speakerId);
    void updateMeeting(meetingId, { speakerKeys: pins }).catch(() => undefined);
  };

  useImperativeHandle(ref, () => ({ focus: () => textarea.current?.focus() }));

  // A refused entry comes back into the field; the caret goes to its end, where typing goes on.
  useEffect(
    () =>
      recorder.onTextReplaced((text) => {
        const field = textarea.current;
        if (!field) return;
        field.value = text;
        field.setSelectionRange(text.length, text.length);
      }),
    [recorder],
  );

  // A restored draft is continued, not typed in front of.
  useEffect(() => {
    const field = textarea.current;
    if (field) field.setSelectionRange(field.value.length, field.value.length);
  }, []);

  // The draft is written before the page goes away (reload, close, navigation).
  useEffect(() => {
    const onHide = () => recorder.flushField();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      onHide();
    };
  }, [recorder]);

  const commit = () => {
    const field = textarea.current;
    if (field && recorder.commit(field.value, roster, itemId)) field.value = '';
  };

  /** The Entry field's shortcuts (domain/shortcuts.ts); Shift+Enter is the textarea's own new line. */
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    switch (shortcutFor(event, 'entryField')) {
      case 'addEntry':
        commit();
        break;
      case 'speakerAt': {
        const attendee = quickKeys[keyDigit(event) - 1];
        if (attendee) recorder.setSpeaker({ speakerId: attendee.id, speakerName: '' });
        break;
      }
      case 'noSpeaker':
        recorder.setSpeaker({ speakerId: null, speakerName: '' });
        break;
      case 'pinSpeaker':
        pin(keyDigit(event), recorder.speaker());
        break;
      case 'addPhrase': {
        // Alt with the keypad's digits types a character by its code on Windows: left to it.
        if (event.code.startsWith('Numpad')) return;
        const digit = keyDigit(event);
        const phrase = phrases.find((key) => key.digit === digit)?.phrase;
        if (phrase) recorder.addPhrase(phrase.text, itemId);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div className="composer">
      <SpeakerPicker
        roster={roster}
        quickKeys={quickKeys}
        value={speaker}
        onChange={(value) => recorder.setSpeaker(value)}
        onChosen={() => textarea.current?.focus()}
        onPin={pin}
        describedBy={keysId}
      />
      <div className="composer__entry">
        <label htmlFor={fieldId}>{t('entry')}</label>
        <textarea
          id={fieldId}
          ref={textarea}
          rows={3}
          defaultValue={recorder.text}
          // The recorder lands in the Entry field: typing can start at once.
          autoFocus
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${fieldId}-hint`}
          disabled={!enabled}
          onInput={(event) => recorder.setText(event.currentTarget.value)}
          onBlur={() => recorder.flushField()}
          onKeyDown={onKeyDown}
        />
        <p id={`${fieldId}-hint`} className="field__hint">
          {t('entryHint')}
        </p>
      </div>
      <button type="button" className="button button--primary" onClick={commit} disabled={!enabled}>
        {t('addEntry')}
      </button>
      <p id={keysId} className="field__hint composer__keys">
        <span>{t('quickKeys.label')}</span>
        {quickKeys.map((attendee, index) =>
          attendee ? (
            <span
              key={index}
              className={attendee.id === speaker.speakerId ? 'composer__key composer__key--current' : 'composer__key'}
            >
              <kbd>{index + 1}</kbd> {shortSpeakerLabel(attendee, roster)}
            </span>
          ) : null,
        )}
        <span>{t('quickKeys.pin')}</span>
      </p>
      {phrases.length > 0 ? (
        <div className="composer__phrases" role="group" aria-labelledby={`${fieldId}-phrases`}>
          <span id={`${fieldId}-phrases`} className="field__hint">
            {t('phrases.label')}
          </span>
          {phrases.map(({ phrase, digit }) => (
            // Named by its content, "Add phrase: (의사봉 3타)": the name holds the text seen.
            <button
              key={phrase.id}
              type="button"
              className="composer__phrase"
              aria-keyshortcuts={`Alt+${digit}`}
              disabled={!enabled}
              onClick={() => {
                recorder.addPhrase(phrase.text, itemId);
                textarea.current?.focus();
              }}
            >
              <span className="sr-only">{t('phrases.add')} </span>
              <kbd aria-hidden="true">{digit}</kbd> {phrase.text}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
