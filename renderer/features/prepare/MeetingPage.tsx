import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, routeHref } from '../../hooks/router';
import { useAgenda, useAttendees, useMeeting } from '../../data/hooks';
import { createNextMeeting } from '../../data/meetings';
import { applySessionAction } from '../../data/session';
import type { AgendaItem, Attendee, Meeting } from '../../domain/model';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { ReadOnlyContext } from '../../hooks/readOnly';
import { MeetingTitle } from '../../components/MeetingTitle';
import { Loading, MeetingNotFound } from '../../components/PageStates';
import { ExportButton } from '../../widgets/ExportDialog';
import { DeleteMeetingButton } from '../../widgets/DeleteMeetingButton';
import { ApprovalControls } from './ApprovalControls';
import { AgendaSection } from './AgendaSection';
import { ProcedureSection } from './ProcedureSection';
import { DetailsSection } from './DetailsSection';
import { PhrasesSection } from './PhrasesSection';
import { PreviousActionsSection } from './PreviousActionsSection';
import { QuorumSection } from './QuorumSection';
import { RosterSection } from './RosterSection';
import { SignatureSection } from './SignatureSection';

export function MeetingPage({ id }: { id: string }) {
  const meeting = useMeeting(id);
  const roster = useAttendees(id);
  const agenda = useAgenda(id);
  if (meeting === undefined || roster === undefined || agenda === undefined) return <Loading />;
  if (meeting === null) return <MeetingNotFound />;
  return <MeetingEditor key={meeting.id} meeting={meeting} roster={roster} agenda={agenda} />;
}

function MeetingEditor({ meeting, roster, agenda }: { meeting: Meeting; roster: Attendee[]; agenda: AgendaItem[] }) {
  const { t } = useTranslation(['editor', 'meetings', 'record', 'live']);
  const { t: tr } = useTranslation('record');
  const [busy, setBusy] = useState(false);
  const previous = meeting.previousMeetingId;
  const approved = meeting.status === 'approved';

  const start = async () => {
    setBusy(true);
    try {
      await applySessionAction(meeting.id, { type: 'start' });
      navigate({ name: 'live', id: meeting.id });
    } finally {
      setBusy(false);
    }
  };

  const createNext = async () => {
    setBusy(true);
    try {
      const next = await createNextMeeting(meeting.id);
      if (next) navigate({ name: 'meeting', id: next });
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="page editor" aria-labelledby="editor-heading">
      <header className="page__header">
        <MeetingTitle headingId="editor-heading" meeting={meeting} className="page__title">
          {[meeting.sessionLabel, meeting.organization, formatDate(tr, meeting.date, currentLanguage())]
            .filter(Boolean)
            .join(' · ')}
          {previous ? (
            <a className="page__subtitle-link" href={routeHref({ name: 'meeting', id: previous })}>
              {t('actions.previousMeeting')}
            </a>
          ) : null}
        </MeetingTitle>
        <div className="toolbar">
          {meeting.status === 'draft' ? (
            <button type="button" className="button button--primary" onClick={() => void start()} disabled={busy}>
              {t('live:startMeeting')}
            </button>
          ) : (
            <a className="button button--primary" href={routeHref({ name: 'live', id: meeting.id })}>
              {meeting.status === 'live' ? t('live:continueRecording') : t('live:openRecord')}
            </a>
          )}
          <ExportButton meeting={meeting} />
          <button type="button" className="button" onClick={() => void createNext()} disabled={busy}>
            {t('actions.nextMeeting')}
          </button>
          {approved ? null : (
            <DeleteMeetingButton
              meeting={meeting}
              label={t('actions.delete')}
              onDeleted={() => navigate({ name: 'meetings' })}
            />
          )}
        </div>
      </header>
      {meeting.status === 'ended' || meeting.status === 'approved' || meeting.approvalLog.length > 0 ? (
        <div className="approval-row">
          <ApprovalControls meeting={meeting} roster={roster} />
        </div>
      ) : null}
      <nav className="section-nav" aria-label={t('sections.jumpTo')}>
        <a href={`#/meetings/${meeting.id}`} onClick={(e) => jump(e, 'details')}>
          {t('sections.details')}
        </a>
        <a href={`#/meetings/${meeting.id}`} onClick={(e) => jump(e, 'signature')}>
          {t('sections.signature')}
        </a>
        <a href={`#/meetings/${meeting.id}`} onClick={(e) => jump(e, 'roster')}>
          {t('sections.roster')} ({roster.length})
        </a>
        <a href={`#/meetings/${meeting.id}`} onClick={(e) => jump(e, 'agenda')}>
          {t('sections.agenda')} ({agenda.length})
        </a>
        <a href={`#/meetings/${meeting.id}`} onClick={(e) => jump(e, 'phrases')}>
          {t('sections.phrases')}
        </a>
      </nav>
      <ReadOnlyContext.Provider value={approved}>
        {/* A disabled fieldset disables every control inside: approved minutes are read-only. */}
        <fieldset className="plain-fieldset" disabled={approved}>
          <DetailsSection meeting={meeting} roster={roster} />
          <SignatureSection meeting={meeting} roster={roster} />
          <QuorumSection meeting={meeting} roster={roster} />
          <RosterSection meetingId={meeting.id} roster={roster} />
          <AgendaSection meetingId={meeting.id} agenda={agenda} />
          <PreviousActionsSection meetingId={meeting.id} />
          <PhrasesSection meeting={meeting} />
          <ProcedureSection meeting={meeting} roster={roster} agenda={agenda} />
        </fieldset>
      </ReadOnlyContext.Provider>
    </article>
  );
}

/** In-page links: the hash holds the route, so sections are scrolled to by id instead. */
function jump(event: MouseEvent, id: string) {
  event.preventDefault();
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.querySelector<HTMLElement>('input, select, button')?.focus({ preventScroll: true });
}
