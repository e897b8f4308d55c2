/**
 * The meeting's procedure as recorded (opened, recesses, arrivals and departures, items taken up,
 * adjournment), each with its time, for correcting afterwards: a time corrected here moves the
 * line in the minutes and the stamped times with it (data/procedure.ts), and the time it replaces
 * stays in the event's history. A recess or an arrival recorded by mistake can be removed (with
 * undo); the opening and the adjournment are the sitting itself and are only corrected.
 */
import { useTranslation } from 'react-i18next';
import { AutosaveDateTimeField } from '../../components/DateTimeField';
import { IconButton } from '../../components/IconButton';
import { useMeetingEvents } from '../../data/hooks';
import { correctEventTime, removeEvent, restoreEvent } from '../../data/procedure';
import { editorName } from '../../hooks/prefs';
import { offerUndo } from '../../hooks/undo';
import { atClockTime, clockTime } from '../../domain/dates';
import type { AgendaItem, Attendee, Meeting, MeetingEvent } from '../../domain/model';
import { essential } from '../../domain/procedure';
import { speakerLabel } from '../../domain/speakers';
import { SectionCard } from './SectionCard';

/** The time first stamped, when it has been corrected since; null when never corrected. */
function recordedAt(event: MeetingEvent): number | null {
  return event.history[0]?.createdAt ?? null;
}

interface Props {
  meeting: Meeting;
  roster: readonly Attendee[];
  agenda: readonly AgendaItem[];
}

export function ProcedureSection({ meeting, roster, agenda }: Props) {
  const { t } = useTranslation(['editor', 'live']);
  const events = useMeetingEvents(meeting.id);
  if (!events || events.length === 0) return null;
  const who = (id: string | null) => {
    const attendee = roster.find((a) => a.id === id);
    return attendee ? speakerLabel(attendee) || attendee.name : '';
  };
  const itemTitle = (id: string) => agenda.find((item) => item.id === id)?.title ?? '';
  const describe = (event: MeetingEvent) => t(`live:event.${event.type}`, { name: who(event.attendeeId) });
  const correct = async (event: MeetingEvent, hhmm: string) => {
    await correctEventTime(event, atClockTime(event.createdAt, hhmm), editorName(meeting.recorder));
  };
  const remove = async (event: MeetingEvent) => {
    const removed = await removeEvent(event);
    if (removed) offerUndo(t('procedure.removed', { event: describe(event) }), () => restoreEvent(removed));
  };
  return (
    <SectionCard name="procedure">
      <p className="muted">{t('procedure.hint')}</p>
      <ol className="procedure">
        {events.map((entry) => {
          const label = describe(entry);
          const item = itemTitle(entry.agendaItemId);
          return (
            <li key={entry.id} className="procedure__row">
              <AutosaveDateTimeField
                kind="time"
                label={t('procedure.time', { event: label, item })}
                hideLabel
                fieldClassName="procedure__time"
                value={clockTime(entry.createdAt)}
                onSave={(hhmm) => correct(entry, hhmm)}
              />
              <span className="procedure__event">{label}</span>
              <span className="procedure__item muted">{item}</span>
              {recordedAt(entry) !== null ? (
                <span className="procedure__edited muted">
                  {t('procedure.was', { time: clockTime(recordedAt(entry) ?? entry.createdAt) })}
                </span>
              ) : null}
              {!essential(entry) ? (
                <IconButton
                  icon="✕"
                  danger
                  label={t('procedure.remove', { event: label, item })}
                  onClick={() => void remove(entry)}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </SectionCard>
  );
}
