import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../domain/model';

/** A meeting screen's heading: the title, then its status badge and whatever the screen adds. */
export function MeetingTitle({
  headingId,
  meeting,
  className,
  children,
}: {
  headingId: string;
  meeting: Pick<Meeting, 'title' | 'status'>;
  className: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation(['meetings', 'record']);
  return (
    <div className={className}>
      <h1 id={headingId}>{meeting.title || t('meetings:untitled')}</h1>
      <p className="page__subtitle">
        <span className={`badge badge--${meeting.status}`}>{t(`record:status.${meeting.status}`)}</span>
        {children}
      </p>
    </div>
  );
}
