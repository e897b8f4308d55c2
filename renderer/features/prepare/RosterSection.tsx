import { memo, useCallback, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadOnly } from '../../hooks/readOnly';
import { offerUndo } from '../../hooks/undo';
import { AutosaveTextField } from '../../components/AutosaveTextField';
import { SelectField } from '../../components/Field';
import { IconButton, MoveButtons } from '../../components/IconButton';
import { revealListEnd, RowList } from '../../components/RowList';
import {
  addAttendee,
  addAttendees,
  moveAttendee,
  removeAttendee,
  restoreAttendee,
  updateAttendee,
  type AttendeeFields,
} from '../../data/attendees';
import { ATTENDANCES, GROUPS, type Attendance, type Attendee, type Group } from '../../domain/model';
import { parseRosterPaste, type PasteResult } from '../../domain/rosterPaste';
import { reorderDirection, sameRowProps, useRowFocus } from '../../hooks/rows';

interface RowProps {
  attendee: Attendee;
  index: number;
  total: number;
  windowed: boolean;
  measureRef?: Ref<HTMLLIElement> | undefined;
  onMove: (id: string, to: number) => void;
  onRemove: (attendee: Attendee, index: number) => void;
}

const AttendeeRow = memo(function AttendeeRow({
  attendee,
  index,
  total,
  windowed,
  measureRef,
  onMove,
  onRemove,
}: RowProps) {
  const { t } = useTranslation(['editor', 'record']);
  const readOnly = useReadOnly();
  const save = (changes: Partial<AttendeeFields>) => void updateAttendee(attendee.id, changes);
  const saveText = (key: 'name' | 'role' | 'affiliation' | 'absenceReason') => (value: string) =>
    updateAttendee(attendee.id, { [key]: value });
  return (
    <li
      className="roster-row"
      ref={measureRef}
      data-index={index}
      data-row-id={attendee.id}
      aria-setsize={windowed ? total : undefined}
      aria-posinset={windowed ? index + 1 : undefined}
      onKeyDown={(event) => {
        const direction = readOnly ? 0 : reorderDirection(event);
        if (direction === 0) return;
        event.preventDefault();
        onMove(attendee.id, index + direction);
      }}
    >
      <span className="row-number" aria-hidden="true">
        {index + 1}
      </span>
      <AutosaveTextField
        hideLabel
        label={t('roster.name')}
        value={attendee.name}
        onSave={saveText('name')}
        data-field="name"
      />
      <AutosaveTextField
        hideLabel
        label={t('roster.role')}
        value={attendee.role}
        onSave={saveText('role')}
        data-field="role"
      />
      <AutosaveTextField
        hideLabel
        label={t('roster.affiliation')}
        value={attendee.affiliation}
        onSave={saveText('affiliation')}
        data-field="affiliation"
      />
      <SelectField<Group>
        hideLabel
        label={t('roster.group')}
        value={attendee.group}
        options={GROUPS.map((group) => ({ value: group, label: t(`record:group.${group}`) }))}
        onValueChange={(group) => save({ group })}
        data-field="group"
      />
      <SelectField<Attendance>
        hideLabel
        label={t('roster.attendance')}
        value={attendee.attendance}
        options={ATTENDANCES.map((value) => ({ value, label: t(`record:attendance.${value}`) }))}
        onValueChange={(attendance) => save({ attendance })}
        data-field="attendance"
      />
      {attendee.attendance === 'absent' ? (
        <AutosaveTextField
          hideLabel
          label={t('roster.absenceReason')}
          placeholder={t('roster.absenceReason')}
          value={attendee.absenceReason}
          onSave={saveText('absenceReason')}
          data-field="absenceReason"
        />
      ) : (
        <span />
      )}
      <div className="row-actions">
        <MoveButtons
          index={index}
          total={total}
          onMove={(to) => onMove(attendee.id, to)}
          labels={{ up: t('moveUp'), down: t('moveDown') }}
        />
        <IconButton
          icon="✕"
          danger
          label={t('roster.remove')}
          data-field="remove"
          onClick={() => onRemove(attendee, index)}
        />
      </div>
    </li>
  );
}, sameRowProps);

function PastePanel({ meetingId, onClose }: { meetingId: string; onClose: () => void }) {
  const { t } = useTranslation('editor');
  const [text, setText] = useState('');
  const [result, setResult] = useState<PasteResult | null>(null);
  const add = async () => {
    const parsed = parseRosterPaste(text);
    if (parsed.attendees.length > 0) await addAttendees(meetingId, parsed.attendees);
    setResult(parsed);
    // The lines that were not added stay in the box, to be corrected and added again.
    setText(parsed.rejected.map((r) => r.line).join('\n'));
  };
  return (
    <div className="paste-panel">
      <label htmlFor="roster-paste">{t('roster.pasteLabel')}</label>
      <p className="field__hint" id="roster-paste-hint">
        {t('roster.pasteHint')}
      </p>
      <textarea
        id="roster-paste"
        rows={6}
        value={text}
        aria-describedby="roster-paste-hint"
        onChange={(event) => setText(event.target.value)}
        autoFocus
      />
      <div className="toolbar">
        <button type="button" className="button button--primary" onClick={() => void add()} disabled={!text.trim()}>
          {t('roster.pasteAdd')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('roster.pasteCancel')}
        </button>
      </div>
      {result ? (
        <div role="status" className="paste-result">
          <p>{t('roster.pasteAdded', { count: result.attendees.length })}</p>
          {result.rejected.length > 0 ? (
            <>
              <p>{t('roster.pasteRejected', { count: result.rejected.length })}</p>
              <ul>
                {result.rejected.map((r) => (
                  <li key={r.lineNumber}>
                    {t('roster.pasteLine', { n: r.lineNumber, line: r.line, reason: t(`roster.reasons.${r.reason}`) })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

export function RosterSection({ meetingId, roster }: { meetingId: string; roster: readonly Attendee[] }) {
  const { t } = useTranslation('editor');
  const listRef = useRef<HTMLOListElement>(null);
  const [pasting, setPasting] = useState(false);
  const { focusRow, keepFocus, focusNeighbour } = useRowFocus(listRef);

  const onMove = useCallback(
    (id: string, to: number) => {
      keepFocus(id);
      void moveAttendee(id, to);
    },
    [keepFocus],
  );
  const onRemove = useCallback(
    (attendee: Attendee, index: number) => {
      focusNeighbour(index, 'name', 'add-attendee');
      void removeAttendee(attendee.id).then((removed) => {
        if (!removed) return;
        offerUndo(t('roster.removed', { name: attendee.name || t('unnamed') }), () => restoreAttendee(removed));
      });
    },
    [t, focusNeighbour],
  );

  const add = async () => {
    const id = await addAttendee(meetingId);
    revealListEnd(listRef.current);
    focusRow(id, ['name']);
  };

  return (
    <section className="card" aria-labelledby="roster-heading" id="roster">
      <header className="card__header">
        <h2 id="roster-heading">
          {t('sections.roster')} <span className="count">{t('roster.count', { count: roster.length })}</span>
        </h2>
        <div className="toolbar">
          <button type="button" className="button" onClick={() => setPasting((p) => !p)} aria-expanded={pasting}>
            {t('roster.pasteToggle')}
          </button>
          <button type="button" id="add-attendee" className="button button--primary" onClick={() => void add()}>
            {t('roster.add')}
          </button>
        </div>
      </header>
      {pasting ? <PastePanel meetingId={meetingId} onClose={() => setPasting(false)} /> : null}
      {roster.length === 0 ? (
        <p className="muted">{t('roster.empty')}</p>
      ) : (
        <>
          <div className="roster-row roster-row--header" aria-hidden="true">
            <span>#</span>
            <span>{t('roster.name')}</span>
            <span>{t('roster.role')}</span>
            <span>{t('roster.affiliation')}</span>
            <span>{t('roster.group')}</span>
            <span>{t('roster.attendance')}</span>
            <span>{t('roster.absenceReason')}</span>
            <span />
          </div>
          <RowList
            items={roster}
            listRef={listRef}
            labelledBy="roster-heading"
            estimateSize={47}
            renderRow={(attendee, index, { measureRef, windowed }) => (
              <AttendeeRow
                key={attendee.id}
                attendee={attendee}
                index={index}
                total={roster.length}
                windowed={windowed}
                measureRef={measureRef}
                onMove={onMove}
                onRemove={onRemove}
              />
            )}
          />
        </>
      )}
    </section>
  );
}
