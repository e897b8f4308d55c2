/**
 * 지난 회의 조치 결과: the action items of the body's previous meeting (the one this meeting was
 * created from, or else the body's latest earlier one), with their status, for the clerk to
 * review before the meeting. Each can be marked done here; the minutes list their status.
 * Nothing is shown for a meeting with no previous one.
 */
import { useTranslation } from 'react-i18next';
import { usePreviousActionItems } from '../../data/hooks';
import { isOverdue } from '../../domain/actionItems';
import { isoDay } from '../../domain/dates';
import { routeHref } from '../../hooks/router';
import { useNow } from '../../hooks/useNow';
import { ActionDone } from '../../widgets/ActionDone';
import { SectionCard } from './SectionCard';

export function PreviousActionsSection({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation(['actions', 'meetings']);
  const previous = usePreviousActionItems(meetingId);
  const today = isoDay(useNow(60_000));
  if (!previous) return null;
  const { meeting, actions } = previous;
  const done = actions.filter((a) => a.done).length;
  const name = [meeting.sessionLabel, meeting.title || t('meetings:untitled')].filter(Boolean).join(' ');
  return (
    <SectionCard name="previousActions">
      <p className="review__source">
        <a href={routeHref({ name: 'meeting', id: meeting.id })}>{name}</a>
        {meeting.date ? ` (${meeting.date})` : ''}
        {actions.length > 0 ? ` · ${t('review.summary', { open: actions.length - done, done })}` : ''}
      </p>
      {actions.length === 0 ? (
        <p className="muted">{t('review.none')}</p>
      ) : (
        <>
          <p className="muted">{t('review.intro')}</p>
          <ul className="review-list">
            {actions.map((action) => {
              const whatId = `review-${action.id}-what`;
              return (
                <li key={action.id} className={`review-item ${action.done ? 'review-item--done' : ''}`.trim()}>
                  <ActionDone action={action} describedBy={whatId} />
                  <span className="review-item__main">
                    <span id={whatId} className="review-item__text">
                      {action.text}
                    </span>
                    <span className="review-item__meta">
                      {[action.owner.trim(), action.dueDate.trim()].filter(Boolean).join(' · ')}
                    </span>
                  </span>
                  {action.done ? null : isOverdue(action, today) ? (
                    <span className="badge badge--overdue">{t('overdue')}</span>
                  ) : (
                    <span className="badge">{t('review.open')}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </SectionCard>
  );
}
