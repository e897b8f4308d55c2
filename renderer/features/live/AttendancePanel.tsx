/**
 * Late arrivals and early departures, stamped with the time and written into the record where they
 * happen (by the recorder, in the order of the keys: `onMark`); the quorum line follows live. Each
 * is one button per person, or from the keyboard a dialog that picks the person by typing (its
 * shortcut, domain/shortcuts.ts); either way the focus then goes back to the Entry field.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../hooks/commands';
import { PickDialog } from '../../components/PickDialog';
import { clockTime } from '../../domain/dates';
import type { Attendee } from '../../domain/model';
import { nextPresence } from '../../domain/procedure';
import { matchSpeakers, speakerLabel } from '../../domain/speakers';

interface Props {
  roster: readonly Attendee[];
  editable: boolean;
  /** Records the attendee's arrival or departure (which, from how they stand when it is written). */
  onMark: (attendee: Attendee) => void;
  /** After a change: the recorder goes back to typing. */
  onDone: () => void;
}

export function AttendancePanel({ roster, editable, onMark, onDone }: Props) {
  const { t } = useTranslation(['live', 'record']);
  const [picking, setPicking] = useState(false);
  useCommand('attendance', () => setPicking(editable));
  /** "김철수 퇴장": the button's name says what pressing it records. */
  const actionName = (attendee: Attendee) => {
    const action = nextPresence(attendee, 0).action;
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
          const next = nextPresence(attendee, 0);
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
                    onMark(attendee);
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
            if (attendee) onMark(attendee);
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
