import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/router';
import { useAutosave } from '../../app/useAutosave';
import { TextField } from '../../components/Field';
import { useMeeting } from '../../data/hooks';
import { updateMeeting, type MeetingFields } from '../../data/meetings';
import type { Meeting } from '../../domain/model';

export function MeetingPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const meeting = useMeeting(id);
  if (meeting === undefined) return <p className="page">{t('status.loading')}</p>;
  if (meeting === null) {
    return (
      <section className="page">
        <p role="alert">{t('error.notFound')}</p>
        <a href={routeHref({ name: 'meetings' })}>{t('nav.backToMeetings')}</a>
      </section>
    );
  }
  return <MeetingEditor key={meeting.id} meeting={meeting} />;
}

type TextKey = 'title' | 'organization' | 'location' | 'date';

function MeetingTextField({
  meeting,
  field,
  label,
  type = 'text',
  placeholder,
  autoFocus,
}: {
  meeting: Meeting;
  field: TextKey & keyof MeetingFields;
  label: string;
  type?: 'text' | 'date';
  placeholder?: string;
  autoFocus?: boolean;
}) {
  const { value, onChange, bind } = useAutosave(meeting[field], (next) => updateMeeting(meeting.id, { [field]: next }));
  return (
    <TextField
      label={label}
      type={type}
      value={value}
      onValueChange={onChange}
      placeholder={placeholder}
      autoFocus={autoFocus}
      {...bind}
    />
  );
}

function MeetingEditor({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation(['editor', 'meetings', 'common']);
  return (
    <section className="page" aria-labelledby="editor-heading">
      <header className="page__header">
        <h1 id="editor-heading">{meeting.title || t('meetings:untitled')}</h1>
      </header>
      <form className="form-grid" onSubmit={(event) => event.preventDefault()} aria-label={t('heading')}>
        <MeetingTextField
          meeting={meeting}
          field="title"
          label={t('fields.title')}
          placeholder={t('placeholders.title')}
          autoFocus={meeting.title === ''}
        />
        <MeetingTextField
          meeting={meeting}
          field="organization"
          label={t('fields.organization')}
          placeholder={t('placeholders.organization')}
        />
        <MeetingTextField meeting={meeting} field="date" type="date" label={t('fields.date')} />
        <MeetingTextField
          meeting={meeting}
          field="location"
          label={t('fields.location')}
          placeholder={t('placeholders.location')}
        />
      </form>
    </section>
  );
}
