/**
 * Late arrivals and early departures, stamped with the time; the quorum line follows live. Each is
 * one button per person, or from the keyboard a dialog that picks the person by typing (its
 * shortcut, domain/shortcuts.ts); either way the focus then goes back to the Entry field.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../hooks/commands';
import { PickDialog } from '../../components/PickDialog';
import { updateAttendee, type AttendeeFields } from '../../data/attendees';
import { clockTime } from '../../domain/dates';
import type { Attendee } from '../../domain/model';
import { matchSpeakers, speakerLabel } from '../../domain/speakers';

function nextState(
  attendee: Attendee,
  now: number,
): { action: 'arrived' | 'left' | 'returned'; changes: Partial<AttendeeFields> } {
  if (attendee.attendance === 'absent') return { action: 'arrived', changes: { attendance: 'late', arrivedAt: now } };
  if (attendee.attendance === 'left')
    return { action: 'returned', changes: { attendance: attendee.arrivedAt ? 'late' : 'present', leftAt: null } };
  return { action: 'left', changes: { attendance: 'left', leftAt: now } };
}

/** Records the attendee's next state, stamped now. */
function mark(attendee: Attendee): void {
  void updateAttendee(attendee.id, nextState(attendee, Date.now()).changes);
}

interface Props {
  roster: readonly Attendee[];
  editable: boolean;
  /** After a change: the recorder goes back to typing. */
  onDone: () => void;
}

export function AttendancePanel({ roster, editable, onDone }: Props) {
  const { t } = useTranslation(['live', 'record']);
  const [picking, setPicking] = useState(false);
  useCommand('attendance', () => setPicking(editable));
  /** "김철수 퇴장": the button's name says what pressing it records. */
  const actionName = (attendee: Attendee) => {
    const action = nextState(attendee, 0).action;
    return t(
      action === 'arrived'
        ? 'attendance.markArrived'
        : action === 'left'
          ? 'attendance.markLeft'
          : 'attendance.markReturned',
      { name: speakerLabel(attendee) || attendee.name },
    );
  };
  const stateLine = (attendee: Attendee) =>
    [
      t(`record:attendance.${attendee.attendance}`),
      attendee.arrivedAt ? t('attendance.arrivedAt', { time: clockTime(attendee.arrivedAt) }) : null,
      attendee.leftAt ? t('attendance.leftAt', { time: clockTime(attendee.leftAt) }) : null,
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <section className="panel" aria-labelledby="attendance-heading">
      <h3 id="attendance-heading">{t('attendance.heading')}</h3>
      <ul className="attendance">
        {roster.map((attendee) => {
          const next = nextState(attendee, 0);
          return (
            <li key={attendee.id} className={`attendance__row attendance__row--${attendee.attendance}`}>
              <span className="attendance__name">
                {attendee.name}
                <span className="attendance__role">{attendee.role}</span>
              </span>
              <span className="attendance__state">{stateLine(attendee)}</span>
              {editable ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    mark(attendee);
                    onDone();
                  }}
                >
                  <span aria-hidden="true">{t(`attendance.${next.action}`)}</span>
                  <span className="sr-only">{actionName(attendee)}</span>
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      {picking ? (
        <PickDialog
          texts={{ ...t('attendancePick', { returnObjects: true }), cancel: t('dialogCancel') }}
          search={(query) =>
            matchSpeakers(query, roster, roster.length).map((attendee) => ({
              id: attendee.id,
              label: actionName(attendee),
              detail: stateLine(attendee),
            }))
          }
          onPick={(id) => {
            const attendee = roster.find((a) => a.id === id);
            if (attendee) mark(attendee);
          }}
          onClose={() => {
            setPicking(false);
            onDone();
          }}
        />
      ) : null}
    </section>
  );
}
