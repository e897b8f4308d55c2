import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, routeHref } from '../../hooks/router';
import { useMeetings } from '../../data/hooks';
import { createMeeting } from '../../data/meetings';
import { MEETING_STATUSES, type Meeting, type MeetingStatus } from '../../domain/model';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { BackupActions } from '../../widgets/BackupActions';
import { DeleteMeetingButton } from '../../widgets/DeleteMeetingButton';

export async function startNewMeeting(): Promise<void> {
  const id = await createMeeting(currentLanguage());
  navigate({ name: 'meeting', id });
}

/** Case-insensitive substring match on title and organization; Hangul syllables match as typed. */
export function matchesSearch(meeting: Meeting, query: string): boolean {
  const q = query.trim().normalize('NFC').toLocaleLowerCase();
  if (!q) return true;
  return [meeting.title, meeting.organization].some((text) => text.normalize('NFC').toLocaleLowerCase().includes(q));
}

export function MeetingsPage() {
  const { t } = useTranslation(['meetings', 'record']);
  const { t: tr } = useTranslation('record');
  const meetings = useMeetings();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<MeetingStatus | ''>('');
  const deferredQuery = useDeferredValue(query);
  const shown = meetings?.filter((m) => (!status || m.status === status) && matchesSearch(m, deferredQuery));

  return (
    <section className="page" aria-labelledby="meetings-heading">
      <header className="page__header">
        <h1 id="meetings-heading">{t('heading')}</h1>
        <button type="button" className="button button--primary" onClick={() => void startNewMeeting()}>
          {t('newMeeting')}
        </button>
      </header>
      <BackupActions />
      {meetings === undefined ? null : meetings.length === 0 ? (
        <div className="empty-state">
          {/* Not a heading: "Meetings" must stay the only heading a search for it finds. */}
          <p className="empty-state__title">{t('empty.title')}</p>
          <p>{t('empty.body')}</p>
        </div>
      ) : (
        <>
          <div className="toolbar">
            <input
              type="search"
              className="search"
              aria-label={t('search')}
              placeholder={t('searchPlaceholder')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <label className="inline-field">
              <span>{t('statusFilter')}</span>
              <select value={status} onChange={(event) => setStatus(event.target.value as MeetingStatus | '')}>
                <option value="">{t('allStatuses')}</option>
                {MEETING_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`record:status.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <span className="toolbar__count" aria-live="polite">
              {t('count', { count: shown?.length ?? 0 })}
            </span>
          </div>
          {shown && shown.length > 0 ? (
            <ul className="meeting-list">
              {shown.map((meeting) => (
                <li key={meeting.id} className="meeting-list__item">
                  <div className="meeting-list__main">
                    <a className="meeting-list__title" href={routeHref({ name: 'meeting', id: meeting.id })}>
                      {meeting.title || t('untitled')}
                    </a>
                    <span className="meeting-list__meta">
                      {[meeting.organization, meeting.sessionLabel].filter(Boolean).join(' · ')}
                    </span>
                  </div>
                  <span className="meeting-list__date">
                    {meeting.date ? formatDate(tr, meeting.date, currentLanguage()) : t('noDate')}
                  </span>
                  <span className={`badge badge--${meeting.status}`}>{t(`record:status.${meeting.status}`)}</span>
                  <DeleteMeetingButton
                    meeting={meeting}
                    className="button button--quiet button--small"
                    label={
                      <>
                        {t('delete')}
                        <span className="sr-only"> {meeting.title || t('untitled')}</span>
                      </>
                    }
                  />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('noMatch')}</p>
          )}
        </>
      )}
    </section>
  );
}
