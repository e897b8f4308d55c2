import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, routeHref } from '../../app/router';
import { useMeetings } from '../../data/hooks';
import { createMeeting } from '../../data/meetings';
import { currentLanguage } from '../../i18n';

export async function startNewMeeting(): Promise<void> {
  const id = await createMeeting(currentLanguage());
  navigate({ name: 'meeting', id });
}

export function MeetingsPage() {
  const { t } = useTranslation('meetings');
  const meetings = useMeetings();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query.trim().toLocaleLowerCase());
  const shown = meetings?.filter(
    (meeting) =>
      !deferredQuery ||
      meeting.title.toLocaleLowerCase().includes(deferredQuery) ||
      meeting.organization.toLocaleLowerCase().includes(deferredQuery),
  );

  return (
    <section className="page" aria-labelledby="meetings-heading">
      <header className="page__header">
        <h1 id="meetings-heading">{t('heading')}</h1>
        <button type="button" className="button button--primary" onClick={() => void startNewMeeting()}>
          {t('newMeeting')}
        </button>
      </header>
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
              placeholder={t('search')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <span className="toolbar__count" aria-live="polite">
              {t('count', { count: shown?.length ?? 0 })}
            </span>
          </div>
          <ul className="meeting-list">
            {shown?.map((meeting) => (
              <li key={meeting.id} className="meeting-list__item">
                <a className="meeting-list__title" href={routeHref({ name: 'meeting', id: meeting.id })}>
                  {meeting.title || t('untitled')}
                </a>
                <span className="meeting-list__meta">
                  {[meeting.date, meeting.organization].filter(Boolean).join(' · ')}
                </span>
                <span className={`badge badge--${meeting.status}`}>{t(`status.${meeting.status}`)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
