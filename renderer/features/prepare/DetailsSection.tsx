import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../domain/model';
import { AutosaveTextField } from '../../components/AutosaveTextField';
import { AutosaveDateTimeField } from '../../components/DateTimeField';
import { SelectField } from '../../components/Field';
import { updateMeeting, type MeetingFields } from '../../data/meetings';
import type { Attendee, Meeting } from '../../domain/model';
import { SectionCard } from './SectionCard';

/** The meeting's fields of free text (dates and times as typed included). */
type TextKey = {
  [K in keyof MeetingFields]-?: string extends NonNullable<MeetingFields[K]> ? K : never;
}[keyof MeetingFields];

/** The fields with nothing of their own but a label and a placeholder (by the name in locales/). */
const PLAIN_FIELDS = {
  session: 'sessionLabel',
  organization: 'organization',
  location: 'location',
  recorder: 'recorder',
} as const satisfies Record<string, TextKey>;

/** Title and date are what the minutes cannot do without; the others may stay empty. */
function useRequired(meeting: Meeting, key: 'title' | 'date') {
  const [text, setText] = useState(meeting[key]);
  const [touched, setTouched] = useState(false);
  // A meeting just created starts quiet; one opened again shows what is still missing.
  const [wasNew] = useState(() =>
    [meeting.title, meeting.organization, meeting.sessionLabel, meeting.date, meeting.location].every((v) => v === ''),
  );
  return {
    missing: text.trim() === '' && (touched || !wasNew),
    onTextChange: setText,
    onBlur: () => setTouched(true),
  };
}

export function DetailsSection({ meeting, roster }: { meeting: Meeting; roster: readonly Attendee[] }) {
  const { t } = useTranslation(['editor', 'common']);
  const title = useRequired(meeting, 'title');
  const date = useRequired(meeting, 'date');
  const save = (key: TextKey) => (value: string) => updateMeeting(meeting.id, { [key]: value });
  const saveNow = (changes: Partial<MeetingFields>) => void updateMeeting(meeting.id, changes);
  const plain = (name: keyof typeof PLAIN_FIELDS, fieldClassName?: string) => (
    <AutosaveTextField
      fieldClassName={fieldClassName}
      label={t(`fields.${name}`)}
      value={meeting[PLAIN_FIELDS[name]]}
      onSave={save(PLAIN_FIELDS[name])}
      placeholder={t(`placeholders.${name}`)}
    />
  );

  const languageOptions = LANGUAGES.map((language) => ({ value: language, label: t(`common:language.${language}`) }));
  const chairOptions = [
    { value: '', label: t('noChair') },
    ...roster.map((a) => ({
      value: a.id,
      label: [a.name || t('unnamed'), a.role].filter(Boolean).join(' · '),
    })),
  ];

  return (
    <SectionCard name="details">
      <div className="form-grid">
        <AutosaveTextField
          fieldClassName="span-2"
          label={t('fields.title')}
          value={meeting.title}
          onSave={save('title')}
          placeholder={t('placeholders.title')}
          autoFocus={meeting.title === '' && meeting.organization === ''}
          required
          error={title.missing ? t('validation.titleMissing') : null}
          onTextChange={title.onTextChange}
          onBlurCapture={title.onBlur}
        />
        {plain('session')}
        {plain('organization', 'span-2')}
        {plain('location')}
        <AutosaveDateTimeField
          kind="date"
          label={t('fields.date')}
          value={meeting.date}
          onSave={save('date')}
          required
          error={date.missing ? t('validation.dateMissing') : null}
          onTextChange={date.onTextChange}
          onBlurCapture={date.onBlur}
        />
        <AutosaveDateTimeField
          kind="time"
          label={t('fields.startTime')}
          value={meeting.startTime}
          onSave={save('startTime')}
        />
        <SelectField<Language>
          label={t('fields.minutesLanguage')}
          hint={t('hints.minutesLanguage')}
          value={meeting.minutesLanguage}
          options={languageOptions}
          onValueChange={(minutesLanguage) => saveNow({ minutesLanguage })}
        />
        <SelectField
          label={t('fields.chair')}
          hint={t('hints.chair')}
          value={meeting.chairId !== null && roster.some((a) => a.id === meeting.chairId) ? meeting.chairId : ''}
          options={chairOptions}
          onValueChange={(chairId) => saveNow({ chairId: chairId || null })}
        />
        {plain('recorder')}
        <AutosaveDateTimeField
          kind="date"
          label={t('fields.nextMeetingDate')}
          value={meeting.nextMeetingDate ?? ''}
          onSave={save('nextMeetingDate')}
        />
        <AutosaveDateTimeField
          kind="time"
          label={t('fields.nextMeetingTime')}
          value={meeting.nextMeetingTime ?? ''}
          onSave={save('nextMeetingTime')}
        />
      </div>
    </SectionCard>
  );
}
