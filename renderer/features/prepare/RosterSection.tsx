import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AutosaveTextField } from '../../components/AutosaveTextField';
import { SelectField } from '../../components/Field';
import { RowActions, RowList, RowShell, type RowPlace } from '../../components/RowList';
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
import { sameRowProps, useOrderedRows } from '../../hooks/rows';
import { ListCard } from './ListCard';

interface RowProps {
  attendee: Attendee;
  place: RowPlace;
  onMove: (id: string, to: number) => void;
  onRemove: (attendee: Attendee, index: number) => void;
}

type TextKey = 'name' | 'role' | 'affiliation' | 'absenceReason';

const AttendeeRow = memo(function AttendeeRow({ attendee, place, onMove, onRemove }: RowProps) {
  const { t } = useTranslation(['editor', 'record']);
  const save = (changes: Partial<AttendeeFields>) => void updateAttendee(attendee.id, changes);
  const text = (key: TextKey, placeholder?: string) => (
    <AutosaveTextField
      key={key}
      hideLabel
      label={t(`roster.${key}`)}
      placeholder={placeholder}
      value={attendee[key]}
      onSave={(value) => updateAttendee(attendee.id, { [key]: value })}
      data-field={key}
    />
  );
  return (
    <RowShell rowId={attendee.id} place={place} className="roster-row" onMove={onMove}>
      <span className="row-number" aria-hidden="true">
        {place.index + 1}
      </span>
      {(['name', 'role', 'affiliation'] as const).map((key) => text(key))}
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
      {attendee.attendance === 'absent' ? text('absenceReason', t('roster.absenceReason')) : <span />}
      <RowActions row={attendee} place={place} onMove={onMove} onRemove={onRemove} removeLabel={t('roster.remove')} />
    </RowShell>
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
  const [pasting, setPasting] = useState(false);
  const { listRef, onMove, onRemove, add } = useOrderedRows({
    firstField: 'name',
    addButtonId: 'add-attendee',
    add: () => addAttendee(meetingId),
    move: moveAttendee,
    remove: removeAttendee,
    restore: restoreAttendee,
    removedMessage: (attendee: Attendee) => t('roster.removed', { name: attendee.name || t('unnamed') }),
  });

  return (
    <ListCard
      list="roster"
      count={roster.length}
      addId="add-attendee"
      onAdd={add}
      tools={
        <button type="button" className="button" onClick={() => setPasting((p) => !p)} aria-expanded={pasting}>
          {t('roster.pasteToggle')}
        </button>
      }
      above={pasting ? <PastePanel meetingId={meetingId} onClose={() => setPasting(false)} /> : null}
    >
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
        renderRow={(attendee, place) => (
          <AttendeeRow key={attendee.id} attendee={attendee} place={place} onMove={onMove} onRemove={onRemove} />
        )}
      />
    </ListCard>
  );
}
