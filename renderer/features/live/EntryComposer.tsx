/**
 * The Entry field, where the recorder types during the meeting. It is the one place where
 * typing must never lag or lose a syllable, so:
 * - the textarea is uncontrolled: React never writes its value while the recorder types, so an
 *   IME composition is never re-rendered, cut or doubled; keys are ignored while composing;
 * - the text, the speaker and every action belong to the meeting's recorder (recorder.ts), which
 *   mirrors each keystroke synchronously and writes actions in the order the keys were pressed.
 */
import {
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useSyncExternalStore,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutFor } from '../../hooks/keys';
import type { Attendee } from '../../domain/model';
import type { LiveRecorder } from './recorder';
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
  ref?: Ref<ComposerHandle>;
}

export function EntryComposer({ recorder, itemId, enabled, roster, ref }: Props) {
  const { t } = useTranslation('live');
  const fieldId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const speaker = useSyncExternalStore(recorder.subscribeSpeaker, recorder.speaker);

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
        const attendee = roster[Number(event.key) - 1];
        if (attendee) recorder.setSpeaker({ speakerId: attendee.id, speakerName: '' });
        break;
      }
      case 'noSpeaker':
        recorder.setSpeaker({ speakerId: null, speakerName: '' });
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div className="composer">
      <SpeakerPicker
        roster={roster}
        value={speaker}
        onChange={(value) => recorder.setSpeaker(value)}
        onChosen={() => textarea.current?.focus()}
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
    </div>
  );
}
