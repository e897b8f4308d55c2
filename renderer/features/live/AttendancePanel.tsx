import { useTranslation } from 'react-i18next';
import { updateAttendee, type AttendeeFields } from '../../data/attendees';
import { clockTime } from '../../domain/dates';
import type { Attendee } from '../../domain/model';
import { speakerLabel } from '../../domain/speakers';

/** Late arrivals and early departures, stamped with the time; the quorum line follows live. */
function nextState(
  attendee: Attendee,
  now: number,
): { action: 'arrived' | 'left' | 'returned'; changes: Partial<AttendeeFields> } {
  if (attendee.attendance === 'absent') return { action: 'arrived', changes: { attendance: 'late', arrivedAt: now } };
  if (attendee.attendance === 'left')
    return { action: 'returned', changes: { attendance: attendee.arrivedAt ? 'late' : 'present', leftAt: null } };
  return { action: 'left', changes: { attendance: 'left', leftAt: now } };
}

export function AttendancePanel({ roster, editable }: { roster: readonly Attendee[]; editable: boolean }) {
  const { t } = useTranslation(['live', 'record']);
  return (
    <section className="panel" aria-labelledby="attendance-heading">
      <h3 id="attendance-heading">{t('attendance.heading')}</h3>
      <ul className="attendance">
        {roster.map((attendee) => {
          const next = nextState(attendee, 0);
          const name = speakerLabel(attendee) || attendee.name;
          const times = [
            attendee.arrivedAt ? t('attendance.arrivedAt', { time: clockTime(attendee.arrivedAt) }) : null,
            attendee.leftAt ? t('attendance.leftAt', { time: clockTime(attendee.leftAt) }) : null,
          ].filter(Boolean);
          return (
            <li key={attendee.id} className={`attendance__row attendance__row--${attendee.attendance}`}>
              <span className="attendance__name">
                {attendee.name}
                <span className="attendance__role">{attendee.role}</span>
              </span>
              <span className="attendance__state">
                {t(`record:attendance.${attendee.attendance}`)}
                {times.length > 0 ? ` · ${times.join(' · ')}` : ''}
              </span>
              {editable ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void updateAttendee(attendee.id, nextState(attendee, Date.now()).changes)}
                >
                  <span aria-hidden="true">{t(`attendance.${next.action}`)}</span>
                  <span className="sr-only">
                    {t(
                      next.action === 'arrived'
                        ? 'attendance.markArrived'
                        : next.action === 'left'
                          ? 'attendance.markLeft'
                          : 'attendance.markReturned',
                      { name },
                    )}
                  </span>
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
