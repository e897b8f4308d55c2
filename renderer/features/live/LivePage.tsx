/**
 * The live session: the recorder follows the agenda in order, types under the current item, and
 * records decisions, attendance and action items as they happen.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { makeAutoBackup } from '../../widgets/autoBackup';
import { dispatchCommand, useCommand } from '../../hooks/commands';
import { shortcutFor } from '../../hooks/keys';
import { routeHref } from '../../hooks/router';
import { useNow } from '../../hooks/useNow';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Loading, MeetingNotFound } from '../../components/PageStates';
import { useActionItems, useAgenda, useAttendees, useEntryCounts, useItemEntries, useMeeting } from '../../data/hooks';
import { kindNumbers } from '../../domain/agenda';
import { clockTime } from '../../domain/dates';
import { newId, type AgendaItem, type Attendee, type Meeting } from '../../domain/model';
import { quorumCount } from '../../domain/quorum';
import {
  formatElapsed,
  inPlannedOrder,
  inRecess,
  neighbour,
  sittingTime,
  type SessionAction,
} from '../../domain/session';
import { MeetingTitle } from '../../components/MeetingTitle';
import { QuorumLine } from '../../components/QuorumLine';
import { ExportButton } from '../../widgets/ExportDialog';
import { ReadOnlyContext, useReadOnly } from '../../hooks/readOnly';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { ActionItemsPanel } from './ActionItemsPanel';
import { AgendaNav } from './AgendaNav';
import { AttendancePanel } from './AttendancePanel';
import { EntryComposer, type ComposerHandle } from './EntryComposer';
import { OutcomePanel } from './OutcomePanel';
import { recorderFor, type LiveRecorder } from './recorder';
import { Transcript } from './Transcript';

/**
 * The meeting's recorder once it has written what an earlier run left in its journal; null in a
 * read-only window, which records nothing.
 */
function useRecorder(meetingId: string): LiveRecorder | null | undefined {
  const readOnly = useReadOnly();
  const [ready, setReady] = useState<LiveRecorder | null>(null);
  useEffect(() => {
    if (readOnly) return undefined;
    let active = true;
    const recorder = recorderFor(meetingId);
    void recorder.ready.then(() => {
      if (active) setReady(recorder);
    });
    return () => {
      active = false;
    };
  }, [meetingId, readOnly]);
  if (readOnly) return null;
  return ready?.meetingId === meetingId ? ready : undefined;
}

export function LivePage({ id }: { id: string }) {
  const meeting = useMeeting(id);
  const roster = useAttendees(id);
  const agenda = useAgenda(id);
  const recorder = useRecorder(id);
  if (meeting === undefined || roster === undefined || agenda === undefined || recorder === undefined)
    return <Loading />;
  if (meeting === null) return <MeetingNotFound />;
  return <LiveSession key={meeting.id} meeting={meeting} roster={roster} agenda={agenda} recorder={recorder} />;
}

function Clock({ meeting, itemSince }: { meeting: Meeting; itemSince: number | null }) {
  const { t } = useTranslation('live');
  const live = meeting.status === 'live';
  const now = useNow(1000, live);
  const at = meeting.endedAt ?? now;
  const recess = meeting.recesses.find((r) => r.end === null);
  return (
    <dl className="clock">
      <div>
        <dt>{t('elapsed.meeting')}</dt>
        <dd>{formatElapsed(sittingTime(meeting, at))}</dd>
      </div>
      {live && itemSince !== null ? (
        <div>
          <dt>{t('elapsed.item')}</dt>
          <dd>{formatElapsed(at - itemSince)}</dd>
        </div>
      ) : null}
      {recess ? (
        <div className="clock__recess">
          <dt>{t('elapsed.recess')}</dt>
          <dd>{formatElapsed(at - recess.start)}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function LiveQuorum({ meeting, roster }: { meeting: Meeting; roster: readonly Attendee[] }) {
  const now = useNow(5000, meeting.status === 'live');
  return <QuorumLine count={quorumCount(roster, meeting.quorum.open, meeting.endedAt ?? now)} />;
}

interface SessionProps {
  meeting: Meeting;
  roster: Attendee[];
  agenda: AgendaItem[];
  recorder: LiveRecorder | null;
}

function LiveSession({ meeting, roster, agenda, recorder }: SessionProps) {
  const { t } = useTranslation(['live', 'record', 'meetings', 'editor']);
  const { t: tr } = useTranslation('record');
  const approved = meeting.status === 'approved';
  const composer = useRef<ComposerHandle>(null);
  const focusEntry = useCallback(() => composer.current?.focus(), []);
  const [confirmEnd, setConfirmEnd] = useState(false);
  // After the meeting, items are browsed without changing the record of what was taken when.
  const [viewedId, setViewedId] = useState<string | null>(null);
  const ordered = useMemo(() => inPlannedOrder(agenda), [agenda]);
  const numbers = useMemo(() => kindNumbers(ordered), [ordered]);
  const labels = useMemo(
    () => new Map(ordered.map((item) => [item.id, t(`record:number.${item.kind}`, { n: numbers.get(item.id) ?? 0 })])),
    [ordered, numbers, t],
  );
  const live = meeting.status === 'live';
  const currentId = live ? meeting.currentItemId : (viewedId ?? meeting.currentItemId ?? ordered[0]?.id ?? null);
  const current = ordered.find((item) => item.id === currentId) ?? null;
  const upcoming = live ? neighbour(ordered, currentId, 1) : null;
  const entries = useItemEntries(current?.id ?? null);
  const counts = useEntryCounts(meeting.id);
  const actionItems = useActionItems(meeting.id);

  /**
   * Session actions are handed to the recorder when the key is pressed: it writes them after the
   * entries committed before them. Text in the Entry field stays there, whatever the item.
   */
  const act = (action: SessionAction) => {
    composer.current?.focus();
    const written = recorder?.act({ type: 'session', action });
    if (action.type === 'end') void written?.then(() => makeAutoBackup('meetingEnded')).catch(() => undefined);
    else void written?.catch(() => undefined);
  };
  const takeUp = (itemId: string) => {
    if (live) act({ type: 'jump', itemId });
    else setViewedId(itemId);
  };
  const step = (direction: 1 | -1) => {
    if (live) {
      act({ type: direction === 1 ? 'next' : 'previous' });
      return;
    }
    setViewedId((viewed) => neighbour(ordered, viewed ?? currentId, direction)?.id ?? viewed);
  };

  useCommand('nextItem', () => step(1));
  useCommand('previousItem', () => step(-1));
  // The live screen's shortcuts (Alt+↓ / Alt+↑) act from anywhere on it, the Entry field too, and
  // reach the same commands as the menu.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = shortcutFor(event, 'live');
      if (command !== undefined && dispatchCommand(command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const recess = meeting.recesses.find((r) => r.end === null);
  const index = current ? ordered.indexOf(current) : -1;

  return (
    <article className="live" aria-labelledby="live-heading">
      <header className="live__header">
        <MeetingTitle headingId="live-heading" meeting={meeting} className="live__title">
          {meeting.startedAt ? <span>{clockTime(meeting.startedAt)}</span> : null}
          {meeting.endedAt ? <span>{t('endedLine', { time: clockTime(meeting.endedAt) })}</span> : null}
          <a href={routeHref({ name: 'meeting', id: meeting.id })}>{t('editMeeting')}</a>
        </MeetingTitle>
        {meeting.status !== 'draft' ? <Clock meeting={meeting} itemSince={meeting.currentItemSince} /> : null}
        <LiveQuorum meeting={meeting} roster={roster} />
        <div className="toolbar">
          <button type="button" className="button button--quiet" onClick={() => dispatchCommand('help')}>
            {t('help.open')}
          </button>
          {meeting.status !== 'draft' ? <ExportButton meeting={meeting} /> : null}
          {live ? (
            <>
              <button
                type="button"
                className="button"
                onClick={() => act({ type: inRecess(meeting) ? 'resume' : 'recess' })}
              >
                {inRecess(meeting) ? t('resume') : t('recess')}
              </button>
              <button type="button" className="button button--danger" onClick={() => setConfirmEnd(true)}>
                {t('endMeeting')}
              </button>
            </>
          ) : null}
        </div>
      </header>

      {recess ? (
        <p className="banner banner--recess" role="status">
          {t('inRecess', { time: clockTime(recess.start) })}
        </p>
      ) : null}

      {meeting.status === 'draft' ? (
        <div className="live__start">
          <p>{t('notStarted')}</p>
          <button type="button" className="button button--primary button--large" onClick={() => act({ type: 'start' })}>
            {t('startMeeting')}
          </button>
        </div>
      ) : null}

      {meeting.status === 'approved' && meeting.approval ? (
        <p className="banner banner--approved" role="status">
          {t('editor:approval.banner', {
            date: formatDate(tr, meeting.approval.date, currentLanguage()),
            by: meeting.approval.by,
          })}
        </p>
      ) : null}

      <ReadOnlyContext.Provider value={approved}>
        <fieldset className="plain-fieldset" disabled={approved}>
          <div className="live__grid">
            <AgendaNav
              agenda={ordered}
              labels={labels}
              currentId={currentId}
              counts={counts ?? new Map()}
              onTakeUp={takeUp}
              onAddUnplanned={
                live && recorder
                  ? (title) => {
                      composer.current?.focus();
                      void recorder.act({ type: 'unplanned', itemId: newId(), title }).catch(() => undefined);
                    }
                  : undefined
              }
            />

            <div className="live__main">
              <section className="current-item" aria-label={t('currentItem')}>
                {current ? (
                  <>
                    <p className="current-item__position">
                      <span className="current-item__label">{labels.get(current.id)}</span>
                      <span>{t('itemOf', { n: index + 1, total: ordered.length })}</span>
                      <span>{t(`record:kind.${current.kind}`)}</span>
                      {current.unplanned ? <span className="badge">{t('unplanned')}</span> : null}
                    </p>
                    <h2 className="current-item__title">{current.title}</h2>
                    {current.presenter ? <p className="muted">{t('presenter', { name: current.presenter })}</p> : null}
                  </>
                ) : (
                  <p className="muted">{t('noItems')}</p>
                )}
                <div className="current-item__nav">
                  {/*
                   * aria-disabled, not disabled: the screen can lag a moment behind the keys, and a
                   * click must still reach the recorder, which knows where the meeting really is.
                   */}
                  <button type="button" className="button" onClick={() => step(-1)} aria-disabled={index <= 0}>
                    ← {t('previous')}
                  </button>
                  <span className="current-item__next">
                    {upcoming
                      ? t('comingNext', { label: `${labels.get(upcoming.id) ?? ''} ${upcoming.title}` })
                      : live && current
                        ? t('lastItem')
                        : ''}
                  </span>
                  <button
                    type="button"
                    className="button"
                    onClick={() => step(1)}
                    aria-disabled={index < 0 || index >= ordered.length - 1}
                  >
                    {t('next')} →
                  </button>
                </div>
              </section>

              {/* Keyed by item: another item opens at its newest entry. */}
              <Transcript
                key={current?.id}
                stored={entries}
                recorder={recorder}
                place={{
                  meetingId: meeting.id,
                  itemId: current?.id ?? null,
                  currentSince: live ? meeting.currentItemSince : null,
                }}
                roster={roster}
                recorderName={meeting.recorder}
                onBackToEntry={focusEntry}
              />

              {meeting.status !== 'draft' && recorder ? (
                <EntryComposer
                  ref={composer}
                  recorder={recorder}
                  itemId={live ? null : (current?.id ?? null)}
                  enabled={current !== null}
                  roster={roster}
                />
              ) : null}
            </div>

            <aside className="live__side">
              {current && meeting.status !== 'draft' ? (
                <>
                  {/* Keyed by item: its fields hold typed text, which must never show under another item. */}
                  <OutcomePanel key={current.id} item={current} meeting={meeting} roster={roster} />
                  <ActionItemsPanel meetingId={meeting.id} itemId={current.id} actionItems={actionItems ?? []} />
                </>
              ) : null}
              <AttendancePanel roster={roster} editable={live} />
            </aside>
          </div>
        </fieldset>
      </ReadOnlyContext.Provider>

      <ConfirmDialog
        open={confirmEnd}
        title={t('confirmEnd.title')}
        body={t('confirmEnd.body')}
        confirmLabel={t('confirmEnd.confirm')}
        cancelLabel={t('confirmEnd.cancel')}
        onCancel={() => setConfirmEnd(false)}
        onConfirm={() => {
          setConfirmEnd(false);
          void act({ type: 'end' });
        }}
      />
    </article>
  );
}
