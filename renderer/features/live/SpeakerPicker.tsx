/**
 * The Speaker field: a combobox over the roster with type-ahead, as the ARIA Authoring Practices'
 * "list autocomplete with automatic selection" combobox. The option highlighted (its
 * aria-selected, the field's aria-activedescendant) is always the one Enter takes: typing
 * highlights the best match; ↓ on a closed list opens it on the first option, ↑ on the last; on an
 * open list they move the highlight. Esc closes the list. A name that matches nobody on the
 * roster is kept as typed (a guest who was not listed). Keys pressed during an IME composition
 * are left to the IME. The Outcome panel's Moved by and Seconded by are this field too, under
 * their own label and without quick keys.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendee } from '../../domain/model';
import { keyDigit } from '../../domain/shortcuts';
import { matchSpeakers, speakerLabel } from '../../domain/speakers';
import { shortcutFor } from '../../hooks/keys';
import type { SpeakerValue } from './recorder';

export function displaySpeaker(value: SpeakerValue, roster: readonly Attendee[]): string {
  const attendee = value.speakerId ? roster.find((a) => a.id === value.speakerId) : undefined;
  return attendee ? speakerLabel(attendee) : value.speakerName;
}

interface Props {
  roster: readonly Attendee[];
  /** The field's label: Speaker unless given. */
  label?: string;
  /** Who Ctrl+1…9 give, index 0 for Ctrl+1: shown beside them, and listed first. */
  quickKeys?: readonly (Attendee | null)[];
  value: SpeakerValue;
  onChange: (value: SpeakerValue) => void;
  /**
   * Called after a speaker is chosen with Enter or a click, with the speaker now chosen: to go back
   * to typing the entry, or (Enter) to save a correction, whose state has not seen onChange yet.
   */
  onChosen?: (value: SpeakerValue, by: 'key' | 'pointer') => void;
  /** Ctrl+Shift+digit: the speaker just chosen, to pin to that digit (none: the key is left alone). */
  onPin?: (digit: number, value: SpeakerValue) => void;
  /** The id of the hint that lists the quick keys. */
  describedBy?: string;
}

export function SpeakerPicker({ roster, label, quickKeys = [], value, onChange, onChosen, onPin, describedBy }: Props) {
  const { t } = useTranslation('live');
  const id = useId();
  const [text, setTextState] = useState<string | null>(null);
  const [open, setOpenState] = useState(false);
  // Mirror the state synchronously: choosing moves the focus, and the blur that follows in the
  // same event must see that the choice was already made.
  const textRef = useRef<string | null>(null);
  const openRef = useRef(false);
  const setText = (next: string | null) => {
    textRef.current = next;
    setTextState(next);
  };
  const setOpen = (next: boolean) => {
    openRef.current = next;
    setOpenState(next);
  };
  const [active, setActive] = useState(0);
  const shown = text ?? displaySpeaker(value, roster);
  // An empty field lists everyone, the quick keys first and in their order.
  const matches = text
    ? matchSpeakers(text, roster)
    : [...new Set([...quickKeys.filter((a) => a !== null), ...roster])];
  const expanded = open && matches.length > 0;
  const highlighted = expanded ? matches[Math.min(active, matches.length - 1)] : undefined;
  const listId = `${id}-list`;
  const optionId = (attendee: Attendee) => `${listId}-${attendee.id}`;

  // The list, when it opens, is brought into view (in an entry's correction it opens inside the
  // scrolling record); the highlighted option stays in view as ↓/↑ move through a long list.
  const highlightedId = highlighted ? optionId(highlighted) : undefined;
  useEffect(() => {
    if (expanded) document.getElementById(listId)?.scrollIntoView({ block: 'nearest' });
  }, [expanded, listId]);
  useEffect(() => {
    if (highlightedId) document.getElementById(highlightedId)?.scrollIntoView({ block: 'nearest' });
  }, [highlightedId]);

  /**
   * What Enter (or leaving the field) takes: the highlighted option, else the text as typed; null
   * when neither is there (nothing typed, or the choice already made).
   */
  const picked = (): SpeakerValue | null => {
    if (highlighted && openRef.current) return { speakerId: highlighted.id, speakerName: '' };
    const typed = textRef.current?.trim();
    if (typed === undefined) return null;
    const exact = roster.find((a) => a.name === typed || speakerLabel(a) === typed);
    return exact ? { speakerId: exact.id, speakerName: '' } : { speakerId: null, speakerName: typed };
  };
  const settle = (next: SpeakerValue | null) => {
    if (next) onChange(next);
    setText(null);
    setOpen(false);
  };
  const openAt = (index: number) => {
    setOpen(true);
    setActive(index);
  };

  /** The Speaker field's shortcuts (domain/shortcuts.ts). */
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const command = shortcutFor(event, 'speakerField');
    // Esc is taken only to close an open list; pinning only where there are quick keys.
    if (command === undefined || (command === 'closeList' && !expanded) || (command === 'pinSpeaker' && !onPin)) return;
    event.preventDefault();
    const last = Math.max(matches.length - 1, 0);
    const at = Math.min(active, last);
    switch (command) {
      case 'nextMatch':
        openAt(expanded ? (at === last ? 0 : at + 1) : 0);
        break;
      case 'previousMatch':
        openAt(expanded ? (at === 0 ? last : at - 1) : last);
        break;
      case 'chooseSpeaker': {
        const next = picked();
        settle(next);
        onChosen?.(next ?? value, 'key');
        break;
      }
      case 'closeList':
        setOpen(false);
        break;
      case 'pinSpeaker': {
        if (!onPin) return;
        const next = picked();
        settle(next);
        onPin?.(keyDigit(event), next ?? value);
        break;
      }
    }
  };

  return (
    <div className="speaker-picker">
      <label htmlFor={id}>{label ?? t('speaker')}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={highlightedId}
        aria-describedby={describedBy}
        placeholder={t('speakerPlaceholder')}
        value={shown}
        onChange={(event) => {
          setText(event.target.value);
          openAt(0);
        }}
        onKeyDown={onKeyDown}
        onFocus={(event) => event.target.select()}
        onBlur={() => settle(picked())}
      />
      {expanded ? (
        <ul id={listId} role="listbox" aria-label={t('speakerOptions')} className="speaker-picker__list">
          {matches.map((attendee) => {
            const digit = quickKeys.indexOf(attendee) + 1;
            return (
              <li
                key={attendee.id}
                id={optionId(attendee)}
                role="option"
                aria-selected={attendee === highlighted}
                // mousedown, not click: it must run before the input's blur.
                onMouseDown={(event) => {
                  event.preventDefault();
                  const next = { speakerId: attendee.id, speakerName: '' };
                  settle(next);
                  onChosen?.(next, 'pointer');
                }}
              >
                <span className="speaker-picker__key">{digit > 0 ? digit : ''}</span>
                {speakerLabel(attendee)}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
