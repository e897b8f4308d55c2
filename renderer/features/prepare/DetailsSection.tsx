import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../domain/model';
import { AutosaveTextField } from '../../components/AutosaveTextField';
import { SelectField } from '../../components/Field';
import { updateMeeting, type MeetingFields } from '../../data/meetings';
import type { Attendee, Meeting } from '../../domain/model';

type TextKey = 'title' | 'organization' | 'sessionLabel' | 'date' | 'startTime' | 'location' | 'recorder';

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

  const languageOptions = LANGUAGES.map((language) => ({ value: language, label: t(`common:language.${language}`) }));
  const chairOptions = [
    { value: '', label: t('noChair') },
    ...roster.map((a) => ({
      value: a.id,
      label: [a.name || t('unnamed'), a.role].filter(Boolean).join(' · '),
    })),
  ];

  return (
    <section className="card" aria-labelledby="details-heading" id="details">
      <h2 id="details-heading">{t('sections.details')}</h2>
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
        <AutosaveTextField
          label={t('fields.session')}
          value={meeting.sessionLabel}
          onSave={save('sessionLabel')}
          placeholder={t('placeholders.session')}
        />
        <AutosaveTextField
          fieldClassName="span-2"
          label={t('fields.organization')}
          value={meeting.organization}
          onSave={save('organization')}
          placeholder={t('placeholders.organization')}
        />
        <AutosaveTextField
          label={t('fields.location')}
          value={meeting.location}
          onSave={save('location')}
          placeholder={t('placeholders.location')}
        />
        <AutosaveTextField
          type="date"
          label={t('fields.date')}
          value={meeting.date}
          onSave={save('date')}
          required
          error={date.missing ? t('validation.dateMissing') : null}
          onTextChange={date.onTextChange}
          onBlurCapture={date.onBlur}
        />
        <AutosaveTextField
          type="time"
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
        <AutosaveTextField
          label={t('fields.recorder')}
          value={meeting.recorder}
          onSave={save('recorder')}
          placeholder={t('placeholders.recorder')}
        />
      </div>
    </section>
  );
}
