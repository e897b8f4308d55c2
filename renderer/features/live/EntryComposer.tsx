/**
 * The Entry field, where the recorder types during the meeting. It is the one place where
 * typing must never lag or lose a syllable, so:
 * - the textarea is uncontrolled: React never writes its value while the recorder types, so an
 *   IME composition is never re-rendered, cut or doubled; keys are ignored while composing;
 * - what is typed is stored as a draft at most 300 ms after a keystroke (strict durability),
 *   also during a long burst of typing, and given back after a reload or a crash;
 * - committing an entry and clearing the draft happen in one transaction, and all writes of the
 *   field go through one queue, so a late draft write can never bring back committed text.
 */
import { useEffect, useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { isComposing, onlyModifiers } from '../../app/keys';
import { clearWaiting, markWaiting, trackSave } from '../../app/saveStatus';
import { addEntry, saveDraft } from '../../data/entries';
import type { Attendee, EntryDraft } from '../../domain/model';
import { parseMention } from '../../domain/speakers';
import { SpeakerPicker, type SpeakerValue } from './SpeakerPicker';

export const DRAFT_DELAY_MS = 300;

export interface ComposerHandle {
  /** Commits what is in the field (if anything) to the current item. */
  commit(): Promise<void>;
  focus(): void;
}

interface Props {
  meetingId: string;
  itemId: string | null;
  roster: readonly Attendee[];
  initialDraft: EntryDraft | null;
  ref?: Ref<ComposerHandle>;
}

export function EntryComposer({ meetingId, itemId, roster, initialDraft, ref }: Props) {
  const { t } = useTranslation('live');
  const fieldId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [speaker, setSpeaker] = useState<SpeakerValue>({
    speakerId: initialDraft?.speakerId ?? null,
    speakerName: initialDraft?.speakerName ?? '',
  });
  const speakerRef = useRef(speaker);
  const itemRef = useRef(itemId);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const waitingToken = useRef({});

  useEffect(() => {
    speakerRef.current = speaker;
    itemRef.current = itemId;
  });

  /** Runs writes of this field one after another, in the order they were asked for. */
  const enqueue = <T,>(write: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(write);
    queue.current = next.catch(() => undefined);
    return next;
  };

  const writeDraft = () => {
    timer.current = null;
    clearWaiting(waitingToken.current);
    const text = textarea.current?.value ?? '';
    const { speakerId, speakerName } = speakerRef.current;
    void trackSave(
      enqueue(() => saveDraft({ meetingId, agendaItemId: itemRef.current, text, speakerId, speakerName })),
    ).catch(() => {
      // Shown by the save indicator; the next keystroke schedules another try.
    });
  };

  const scheduleDraft = () => {
    if (timer.current !== null) return;
    markWaiting(waitingToken.current);
    timer.current = setTimeout(writeDraft, DRAFT_DELAY_MS);
  };

  const flushDraft = () => {
    if (timer.current === null) return;
    clearTimeout(timer.current);
    writeDraft();
  };

  const commit = async () => {
    const field = textarea.current;
    if (!field || itemRef.current === null) return;
    const raw = field.value;
    if (raw.trim() === '') return;
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
      clearWaiting(waitingToken.current);
    }
    const mention = parseMention(raw.trim(), roster);
    const chosen = mention ? { speakerId: mention.speaker.id, speakerName: '' } : speakerRef.current;
    if (mention) setSpeaker(chosen);
    const text = (mention?.text ?? raw).trim();
    field.value = '';
    try {
      await trackSave(
        enqueue(() =>
          addEntry(meetingId, {
            agendaItemId: itemRef.current as string,
            kind: chosen.speakerId || chosen.speakerName ? 'statement' : 'note',
            speakerId: chosen.speakerId,
            speakerName: chosen.speakerName,
            text,
          }),
        ),
      );
    } catch {
      // Not stored: the text goes back into the field (before anything typed since) and into the draft.
      field.value = field.value ? `${raw}\n${field.value}` : raw;
      scheduleDraft();
    }
  };

  useImperativeHandle(ref, () => ({ commit, focus: () => textarea.current?.focus() }));

  // The draft is written before the page goes away (reload, close, navigation).
  useEffect(() => {
    const onHide = () => flushDraft();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      onHide();
    };
  });

  const changeSpeaker = (value: SpeakerValue) => {
    setSpeaker(value);
    speakerRef.current = value;
    scheduleDraft();
  };

  const pickByPosition = (digit: number) => {
    if (digit === 0) return changeSpeaker({ speakerId: null, speakerName: '' });
    const attendee = roster[digit - 1];
    if (attendee) changeSpeaker({ speakerId: attendee.id, speakerName: '' });
  };

  return (
    <div className="composer">
      <SpeakerPicker
        roster={roster}
        value={speaker}
        onChange={changeSpeaker}
        onChosen={() => textarea.current?.focus()}
      />
      <div className="composer__entry">
        <label htmlFor={fieldId}>{t('entry')}</label>
        <textarea
          id={fieldId}
          ref={textarea}
          rows={3}
          defaultValue={initialDraft?.text ?? ''}
          // The recorder lands in the Entry field: typing can start at once.
          autoFocus
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${fieldId}-hint`}
          disabled={itemId === null}
          onInput={scheduleDraft}
          onBlur={flushDraft}
          onKeyDown={(event) => {
            if (isComposing(event)) return;
            if (event.key === 'Enter' && (onlyModifiers(event, {}) || onlyModifiers(event, { ctrl: true }))) {
              event.preventDefault();
              void commit();
            } else if (onlyModifiers(event, { ctrl: true }) && /^[0-9]$/.test(event.key)) {
              event.preventDefault();
              pickByPosition(Number(event.key));
            }
          }}
        />
        <p id={`${fieldId}-hint`} className="field__hint">
          {t('entryHint')}
        </p>
      </div>
      <button type="button" className="button button--primary" onClick={() => void commit()} disabled={itemId === null}>
        {t('addEntry')}
      </button>
    </div>
  );
}
