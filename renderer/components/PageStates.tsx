import { useTranslation } from 'react-i18next';
import { routeHref } from '../hooks/router';

export function Loading() {
  const { t } = useTranslation();
  return <p className="page">{t('status.loading')}</p>;
}

/** A meeting link that leads nowhere (deleted since, or typed by hand). */
export function MeetingNotFound() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <p role="alert">{t('error.notFound')}</p>
      <a href={routeHref({ name: 'meetings' })}>{t('nav.backToMeetings')}</a>
    </section>
  );
}

/** What an action ended with, said in a sentence: a success, or an error announced at once. */
export function OutcomeMessage({ outcome }: { outcome: { kind: 'ok' | 'error'; text: string } | null }) {
  if (!outcome) return null;
  return (
    <p className={`outcome outcome--${outcome.kind}`} role={outcome.kind === 'error' ? 'alert' : 'status'}>
      {outcome.text}
    </p>
  );
}
