/**
 * The Speaker field: a combobox over the roster with type-ahead. A name that matches nobody on
 * the roster is kept as typed (a guest who was not listed). Keys pressed during an IME composition
 * are left to the IME.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendee } from '../../domain/model';
import { matchSpeakers, speakerLabel } from '../../domain/speakers';
import { shortcutFor } from '../../hooks/keys';
import type { SpeakerValue } from './recorder';

export function displaySpeaker(value: SpeakerValue, roster: readonly Attendee[]): string {
  const attendee = value.speakerId ? roster.find((a) => a.id === value.speakerId) : undefined;
  return attendee ? speakerLabel(attendee) : value.speakerName;
}

interface Props {
  roster: readonly Attendee[];
  value: SpeakerValue;
  onChange: (value: SpeakerValue) => void;
  /** Called after a speaker is chosen with Enter, to go back to typing the entry. */
  onChosen: () => void;
}

export function SpeakerPicker({ roster, value, onChange, onChosen }: Props) {
  const { t } = useTranslation('live');
  const id = useId();
  const [text, setTextState] = useState<string | null>(null);
  // Mirrors `text` synchronously: choosing moves the focus, and the blur that follows in the same
  // event must see that the typed text was already used.
  const textRef = useRef<string | null>(null);
  const setText = (next: string | null) => {
    textRef.current = next;
    setTextState(next);
  };
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = text ?? displaySpeaker(value, roster);
  const matches = matchSpeakers(text ?? '', roster);

  const choose = (attendee: Attendee | null) => {
    onChange(attendee ? { speakerId: attendee.id, speakerName: '' } : { speakerId: null, speakerName: '' });
    setText(null);
    setOpen(false);
  };
  const commitTyped = () => {
    const typed = textRef.current?.trim();
    if (typed === undefined) return;
    const exact = roster.find((a) => a.name === typed || speakerLabel(a) === typed);
    onChange(exact ? { speakerId: exact.id, speakerName: '' } : { speakerId: null, speakerName: typed });
    setText(null);
    setOpen(false);
  };

  /** The Speaker field's shortcuts (domain/shortcuts.ts). */
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const command = shortcutFor(event, 'speakerField');
    // Esc is taken only to close an open list.
    if (command === undefined || (command === 'closeList' && !open)) return;
    event.preventDefault();
    switch (command) {
      case 'nextMatch':
      case 'previousMatch': {
        setOpen(true);
        const step = command === 'nextMatch' ? 1 : -1;
        setActive((i) => (matches.length === 0 ? 0 : (i + step + matches.length) % matches.length));
        break;
      }
      case 'chooseSpeaker': {
        const pick = open ? matches[active] : undefined;
        if (pick) choose(pick);
        else commitTyped();
        onChosen();
        break;
      }
      case 'closeList':
        setOpen(false);
        break;
    }
  };

  const listId = `${id}-list`;
  const activeMatch = open ? matches[active] : undefined;
  return (
    <div className="speaker-picker">
      <label htmlFor={id}>{t('speaker')}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open && matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={activeMatch ? `${listId}-${activeMatch.id}` : undefined}
        placeholder={t('speakerPlaceholder')}
        value={shown}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={(event) => event.target.select()}
        onBlur={() => {
          commitTyped();
          setOpen(false);
        }}
      />
      {open && matches.length > 0 ? (
        <ul id={listId} role="listbox" aria-label={t('speakerOptions')} className="speaker-picker__list">
          {matches.map((attendee, index) => (
            <li
              key={attendee.id}
              id={`${listId}-${attendee.id}`}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: it must run before the input's blur.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(attendee);
                onChosen();
              }}
            >
              <span className="speaker-picker__index">{roster.indexOf(attendee) + 1}</span>
              {speakerLabel(attendee)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
