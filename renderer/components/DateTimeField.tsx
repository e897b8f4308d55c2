/**
 * The date and time fields of every screen. A native <input type="date"/"time"> is drawn in the
 * browser's or the system's locale (11/23/2021, 04:00 PM in a Korean interface), so these are
 * text fields in the forms the app stores and writes everywhere: 2021-11-23 and 24-hour 16:00, in
 * both languages. They read what a clerk types out of habit (domain/dateInput.ts) and write it
 * back in that form on Enter or when left; below the field its description says the day in the
 * interface language (2021년 11월 23일(화) / Tuesday 23 November 2021) or the time on the 12-hour
 * clock, so a slip shows at once. Text that is no date or time is never passed on: the value
 * goes back to what it was when the field was entered, and once the field is left (or Enter is
 * pressed) it says why, marked invalid. An empty field passes on '' (the value is cleared).
 *
 * ↑/↓ and PageUp/PageDown step the value (table of shortcuts, scope dateField). A date field also
 * has a calendar button for the mouse: it opens the popup of a native date input that is hidden
 * from the keyboard and assistive technology, which have the text field.
 */
import { useEffect, useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readDate, readTime, stepDate, stepTime, type Reading } from '../domain/dateInput';
import { clockTime, isoDay } from '../domain/dates';
import { shortcutFor } from '../hooks/keys';
import { formatDate, formatTwelveHour } from '../i18n/format';
import { useAutosave } from '../hooks/useAutosave';
import { FieldShell } from './Field';
import { IconButton } from './IconButton';

type Kind = 'date' | 'time';

/** A page of a calendar, drawn in the text colour (no emoji font is needed). */
const CALENDAR_ICON = (
  <svg viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.5">
    <rect x="2" y="3" width="12" height="11" rx="1.5" />
    <path d="M2 6.5h12M5 1.5v3M11 1.5v3" />
  </svg>
);

/** How each kind reads text, steps (small, large) and starts from nothing. */
const KINDS = {
  date: {
    read: readDate,
    step: (value: string, large: boolean, sign: number) => stepDate(value, large ? { months: sign } : { days: sign }),
    now: () => isoDay(Date.now()),
  },
  time: {
    read: readTime,
    step: (value: string, large: boolean, sign: number) => stepTime(value, sign * (large ? 60 : 5)),
    now: () => clockTime(Date.now()),
  },
} satisfies Record<Kind, { read: (text: string) => Reading; step: unknown; now: () => string }>;

const STEPS = {
  later: { large: false, sign: 1 },
  earlier: { large: false, sign: -1 },
  muchLater: { large: true, sign: 1 },
  muchEarlier: { large: true, sign: -1 },
} as const;

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type'> & {
  kind: Kind;
  label: string;
  hideLabel?: boolean;
  /** The value: '' or `YYYY-MM-DD` (date) / `HH:MM` (time). */
  value: string;
  /** Called with a valid value, or '' when the field is emptied; never with unreadable text. */
  onValueChange: (value: string) => void;
  /** A problem the screen sees (a required date missing); the field's own come first. */
  error?: string | null | undefined;
  fieldClassName?: string;
  /** Called on every change with the text on screen. */
  onTextChange?: (text: string) => void;
};

export function DateTimeField({
  kind,
  label,
  hideLabel,
  value,
  onValueChange,
  error,
  fieldClassName,
  onTextChange,
  onFocus,
  onBlur,
  onKeyDown,
  ...rest
}: Props) {
  const { t, i18n } = useTranslation('common');
  const { t: tr } = useTranslation('record');
  const input = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  // The text being typed; null while the field shows the value as it is.
  const [draft, setDraft] = useState<string | null>(null);
  // The value when the field was entered: text that is no date or time puts it back.
  const [before, setBefore] = useState(value);
  // Set when the field is left or Enter is pressed: from then on a problem is shown.
  const [checked, setChecked] = useState(false);
  const { read, step, now } = KINDS[kind];
  const text = draft ?? value;
  const reading = read(text);

  const language = i18n.language === 'ko' ? 'ko' : 'en';
  const problem =
    reading.kind === 'unreadable'
      ? t(kind === 'date' ? 'dateField.notADate' : 'dateField.notATime')
      : reading.kind === 'impossible'
        ? t(kind === 'date' ? 'dateField.noSuchDay' : 'dateField.noSuchTime', { text: text.trim() })
        : null;
  const description =
    reading.kind !== 'valid'
      ? t(kind === 'date' ? 'dateField.dateHint' : 'dateField.timeHint')
      : kind === 'date'
        ? formatDate(tr, reading.value, language)
        : formatTwelveHour(t, reading.value);

  // A form (the approval dialog) is not submitted with a date it cannot read.
  useEffect(() => input.current?.setCustomValidity(problem ?? ''), [problem]);

  const change = (next: string) => {
    setDraft(next);
    setChecked(false);
    onTextChange?.(next);
    const nextReading = read(next);
    if (nextReading.kind === 'valid') onValueChange(nextReading.value);
    else if (nextReading.kind === 'empty') onValueChange('');
    else if (value !== before) onValueChange(before);
  };

  /** The value shown as it is stored when the text reads; otherwise the text stays, with its problem. */
  const commit = () => {
    if (problem) setChecked(true);
    else setDraft(null);
  };

  const choose = (next: string) => {
    setDraft(null);
    setChecked(false);
    onValueChange(next);
  };

  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    const command = shortcutFor(event, 'dateField');
    if (command === undefined) return;
    if (command === 'tidy') {
      commit();
      // Enter does not submit a form with text that is no date or time.
      if (problem) event.preventDefault();
      return;
    }
    event.preventDefault();
    const { large, sign } = STEPS[command];
    if (reading.kind === 'valid') choose(step(reading.value, large, sign));
    else if (reading.kind === 'empty') choose(step(now(), large, sign));
  };

  const shownError = (checked ? problem : null) ?? error;
  return (
    <FieldShell label={label} hideLabel={hideLabel} hint={description} error={shownError} className={fieldClassName}>
      {({ id, describedBy }) => (
        <div className={kind === 'date' ? 'date-field date-field--calendar' : 'date-field'}>
          <input
            {...rest}
            ref={input}
            id={id}
            type="text"
            inputMode={kind === 'time' ? 'numeric' : undefined}
            autoComplete="off"
            spellCheck={false}
            value={text}
            aria-describedby={describedBy}
            aria-invalid={shownError ? true : undefined}
            onChange={(event) => change(event.target.value)}
            onFocus={(event) => {
              setBefore(value);
              onFocus?.(event);
            }}
            onBlur={(event) => {
              commit();
              onBlur?.(event);
            }}
            onKeyDown={keyDown}
          />
          {kind === 'date' ? (
            <span className="date-field__calendar">
              <IconButton
                icon={CALENDAR_ICON}
                label={t('dateField.calendar')}
                disabled={rest.disabled}
                onClick={() => picker.current?.showPicker()}
              />
              <input
                ref={picker}
                type="date"
                className="date-field__picker"
                aria-hidden="true"
                tabIndex={-1}
                value={reading.kind === 'valid' ? reading.value : ''}
                onChange={(event) => {
                  if (event.target.value) choose(event.target.value);
                }}
              />
            </span>
          ) : null}
        </div>
      )}
    </FieldShell>
  );
}

/** A DateTimeField that saves itself as a valid value is typed (see useAutosave). */
export function AutosaveDateTimeField({
  value,
  onSave,
  ...rest
}: Omit<Props, 'onValueChange' | 'onFocus' | 'onBlur'> & { onSave: (value: string) => Promise<void> }) {
  const autosave = useAutosave(value, onSave);
  return <DateTimeField {...rest} value={autosave.value} onValueChange={autosave.onChange} {...autosave.bind} />;
}
