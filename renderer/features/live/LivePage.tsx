/**
 * The live session: the recorder follows the agenda in order, types under the current item, and
 * records decisions, attendance and action items as they happen.
 *
 * The screen fits the window and never scrolls as a page: the meeting's header stays on top, and
 * below it each column (agenda | current item, record and Entry field | side panels) scrolls by
 * itself; in a narrower window the agenda folds into a drawer above the side panels (styles.css).
 * Everything is at hand from the keyboard (domain/shortcuts.ts), and after each action the focus
 * goes back to the Entry field, where the recorder types.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { makeAutoBackup } from '../../widgets/autoBackup';
import { dispatchCommand, useCommand } from '../../hooks/commands';
import { shortcutFor } from '../../hooks/keys';
import { routeHref, type RecordPlace } from '../../hooks/router';
import { useNow } from '../../hooks/useNow';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Loading, MeetingNotFound } from '../../components/PageStates';
import {
  useActionItems,
  useAgenda,
  useAttendees,
  useEntryCounts,
  useItemEntries,
  useItemEvents,
  useMeeting,
} from '../../data/hooks';
import { clockTime } from '../../domain/dates';
import { newId, type AgendaItem, type Attendee, type Meeting } from '../../domain/model';
import { quorumCount } from '../../domain/quorum';
import { sittingBetween } from '../../domain/procedure';
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
import { formatDate, itemNumberLabels } from '../../i18n/format';
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

/** `at`: a place in the record to open (a search result), from the route. */
export function LivePage({ id, at }: { id: string; at?: RecordPlace | undefined }) {
  const meeting = useMeeting(id);
  const roster = useAttendees(id);
  const agenda = useAgenda(id);
  const recorder = useRecorder(id);
  if (meeting === undefined || roster === undefined || agenda === undefined || recorder === undefined)
    return <Loading />;
  if (meeting === null) return <MeetingNotFound />;
  // Keyed by the place too: another result of the same meeting opens afresh.
  return (
    <LiveSession
      key={`${meeting.id}/${at?.item ?? ''}/${at?.entry ?? ''}`}
      meeting={meeting}
      roster={roster}
      agenda={agenda}
      recorder={recorder}
      at={at}
    />
  );
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
          <dd>{formatElapsed(sittingBetween(meeting.recesses, itemSince, at))}</dd>
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
  at: RecordPlace | undefined;
}

/** A keydown inside a dialog belongs to the dialog, not to the screen under it. */
function inDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('dialog') !== null;
}

function LiveSession({ meeting, roster, agenda, recorder, at }: SessionProps) {
  const { t } = useTranslation(['live', 'record', 'meetings', 'editor']);
  const { t: tr } = useTranslation('record');
  const approved = meeting.status === 'approved';
  const readOnly = useReadOnly() || approved;
  const composer = useRef<ComposerHandle>(null);
  /**
   * Asks for the focus in the Entry field once this render is committed: after a dialog has
   * closed (the browser gives the focus back to where it was when the dialog opened) or a button
   * that had it went away.
   */
  const [entryFocusRequests, focusEntry] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (entryFocusRequests > 0) composer.current?.focus();
  }, [entryFocusRequests]);
  const [confirmEnd, setConfirmEnd] = useState(false);
  // After the meeting, items are browsed without changing the record of what was taken when; a
  // search result opens at its item. In session the current item is where the next entries go,
  // so a link never changes it: the place is only pointed out (elsewhere, below).
  const [viewedId, setViewedId] = useState<string | null>(() =>
    at && meeting.status !== 'live' && agenda.some((item) => item.id === at.item) ? at.item : null,
  );
  const ordered = useMemo(() => inPlannedOrder(agenda), [agenda]);
  const labels = useMemo(() => itemNumberLabels(tr, ordered), [ordered, tr]);
  // What an entry's correction offers to move it to.
  const itemChoices = useMemo(
    () => ordered.map((item) => ({ id: item.id, label: `${labels.get(item.id) ?? ''} ${item.title}` })),
    [ordered, labels],
  );
  const live = meeting.status === 'live';
  const currentId = live ? meeting.currentItemId : (viewedId ?? meeting.currentItemId ?? ordered[0]?.id ?? null);
  const current = ordered.find((item) => item.id === currentId) ?? null;
  const elsewhere = at && at.item !== current?.id ? ordered.find((item) => item.id === at.item) : undefined;
  const upcoming = live ? neighbour(ordered, currentId, 1) : null;
  const entries = useItemEntries(current?.id ?? null);
  const events = useItemEvents(current?.id ?? null);
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
    else {
      setViewedId(itemId);
      focusEntry();
    }
  };
  const step = (direction: 1 | -1) => {
    if (live) {
      act({ type: direction === 1 ? 'next' : 'previous' });
      return;
    }
    setViewedId((viewed) => neighbour(ordered, viewed ?? currentId, direction)?.id ?? viewed);
    focusEntry();
  };
  const recording = live && recorder !== null;
  const toggleRecess = () => act({ type: inRecess(meeting) ? 'resume' : 'recess' });

  useCommand('nextItem', () => step(1));
  useCommand('previousItem', () => step(-1));
  useCommand('focusEntry', focusEntry);
  useCommand('recess', () => {
    if (recording) toggleRecess();
  });
  useCommand('endMeeting', () => setConfirmEnd(recording));
  // The live screen's shortcuts act from anywhere on it, the Entry field too, and reach the same
  // commands as the menu; the panels handle theirs (outcome, action item, attendance, agenda). Esc
  // on any other control, where it has no job of its own, goes back to the Entry field.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || inDialog(event.target)) return;
      const command = shortcutFor(event, 'live') ?? shortcutFor(event, 'liveControl');
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
        <div className="live__status">
          {meeting.status !== 'draft' ? <Clock meeting={meeting} itemSince={meeting.currentItemSince} /> : null}
          <LiveQuorum meeting={meeting} roster={roster} />
        </div>
        <div className="toolbar">
          {/* In a narrow window only its "?" shows; its name stays. */}
          <button type="button" className="button button--quiet live__help" onClick={() => dispatchCommand('help')}>
            <span className="live__help-icon" aria-hidden="true">
              ?
            </span>
            <span className="live__help-text">{t('help.open')}</span>
          </button>
          {meeting.status !== 'draft' ? <ExportButton meeting={meeting} onClosed={focusEntry} /> : null}
          {live ? (
            <>
              <button type="button" className="button" onClick={toggleRecess}>
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

      {elsewhere ? (
        <p className="banner banner--info" role="status">
          {t('resultElsewhere', { label: `${labels.get(elsewhere.id) ?? ''} ${elsewhere.title}` })}
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

      <ReadOnlyContext.Provider value={readOnly}>
        <fieldset className="plain-fieldset" disabled={approved}>
          <div className="live__grid">
            <AgendaNav
              agenda={ordered}
              labels={labels}
              currentId={currentId}
              counts={counts ?? new Map()}
              onTakeUp={takeUp}
              onAddUnplanned={
                recording
                  ? (title) => void recorder.act({ type: 'unplanned', itemId: newId(), title }).catch(() => undefined)
                  : undefined
              }
              onDone={focusEntry}
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
                  </>
                ) : (
                  <p className="muted">{t('noItems')}</p>
                )}
                <p className="current-item__more">
                  {current?.presenter ? <span>{t('presenter', { name: current.presenter })}</span> : null}
                  <span className="current-item__next">
                    {upcoming
                      ? t('comingNext', { label: `${labels.get(upcoming.id) ?? ''} ${upcoming.title}` })
                      : live && current
                        ? t('lastItem')
                        : ''}
                  </span>
                </p>
                <div className="current-item__nav">
                  {/*
                   * aria-disabled, not disabled: the screen can lag a moment behind the keys, and a
                   * click must still reach the recorder, which knows where the meeting really is.
                   */}
                  <button type="button" className="button" onClick={() => step(-1)} aria-disabled={index <= 0}>
                    ← {t('previous')}
                  </button>
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
                events={events}
                recorder={recorder}
                place={{
                  meetingId: meeting.id,
                  itemId: current?.id ?? null,
                  currentSince: live ? meeting.currentItemSince : null,
                }}
                roster={roster}
                items={itemChoices}
                recorderName={meeting.recorder}
                onBackToEntry={focusEntry}
                target={at && at.item === current?.id ? at.entry : undefined}
              />

              {meeting.status !== 'draft' && recorder ? (
                <EntryComposer
                  ref={composer}
                  recorder={recorder}
                  itemId={live ? null : (current?.id ?? null)}
                  enabled={current !== null}
                  roster={roster}
                  meeting={meeting}
                  agenda={ordered}
                />
              ) : null}
            </div>

            {/*
             * A focusable region: the column scrolls, and before the meeting (or once it is
             * approved) nothing in it takes the focus, so the keyboard could not scroll it.
             */}
            <aside className="live__side" aria-label={t('sidePanels')} tabIndex={0}>
              {current && meeting.status !== 'draft' ? (
                <>
                  {/* Keyed by item: its fields hold typed text, which must never show under another item. */}
                  <OutcomePanel key={current.id} item={current} meeting={meeting} roster={roster} onDone={focusEntry} />
                  <ActionItemsPanel meetingId={meeting.id} itemId={current.id} actionItems={actionItems ?? []} />
                </>
              ) : null}
              <AttendancePanel
                roster={roster}
                editable={recording}
                onMark={(attendee) =>
                  void recorder?.act({ type: 'presence', attendeeId: attendee.id }).catch(() => undefined)
                }
                onDone={focusEntry}
              />
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
        onCancel={() => {
          setConfirmEnd(false);
          focusEntry();
        }}
        onConfirm={() => {
          setConfirmEnd(false);
          act({ type: 'end' });
          focusEntry();
        }}
      />
    </article>
  );
}
