import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dispatchCommand, useCommand } from '../../hooks/commands';
import { useNow } from '../../hooks/useNow';
import { useOptimisticValue } from '../../hooks/useOptimistic';
import { AutosaveTextField } from '../../components/AutosaveTextField';
import { DateTimeField } from '../../components/DateTimeField';
import { SelectField, TextField } from '../../components/Field';
import { markRollCall, setRollCall, setVote, updateAgendaItem, updateMotion } from '../../data/agenda';
import { atClockTime, clockTime } from '../../domain/dates';
import { checkVote, itemVotes, outcomeChoices, rollCallOf, takesVote, voteTime } from '../../domain/motions';
import { parseCount } from '../../domain/numbers';
import { inRecess } from '../../domain/session';
import { ROLL_CALL_VOTES, type AgendaItem, type Attendee, type Meeting, type Motion } from '../../domain/model';
import type { Outcome, PersonRef, RollCallVote, Votes } from '../../domain/model';
import { SpeakerPicker } from './SpeakerPicker';
import type { SpeakerValue } from './recorder';

/** More votes than any body has members is a slip of the finger. */
const MAX_VOTES = 100_000;

const COUNTS = ['for', 'against', 'abstain'] as const satisfies readonly (keyof Votes)[];

function speakerValue(person: PersonRef | null | undefined): SpeakerValue {
  return { speakerId: person?.attendeeId ?? null, speakerName: person?.name ?? '' };
}

/** A cleared field records nobody. */
function personRef({ speakerId, speakerName }: SpeakerValue): PersonRef | null {
  const name = speakerId ? '' : speakerName.trim();
  return speakerId || name ? { attendeeId: speakerId, name } : null;
}

interface PanelProps {
  item: AgendaItem;
  meeting: Meeting;
  roster: readonly Attendee[];
  /** After an action that leaves the panel: the recorder goes back to typing. */
  onDone: () => void;
}

/** A read-only count has nothing to save. */
function ignore(): void {}

/** The labels of the motion's fields and of the amendment's. */
const MOTION_LABELS = {
  motion: { text: 'outcome.motion', mover: 'outcome.movedBy', seconder: 'outcome.secondedBy' },
  amendment: { text: 'outcome.amendment', mover: 'outcome.amendmentMovedBy', seconder: 'outcome.amendmentSecondedBy' },
} as const;

/**
 * The motion's text, mover and seconder (or the amendment's); each part saves on its own. Who
 * moved and seconded is picked from the roster by typing, or typed freely.
 */
function MotionFields({
  item,
  which,
  roster,
  focusText = false,
}: {
  item: AgendaItem;
  which: 'motion' | 'amendment';
  roster: readonly Attendee[];
  /** Take the focus when shown (an amendment just added from the keyboard). */
  focusText?: boolean;
}) {
  const { t } = useTranslation('live');
  const labels = MOTION_LABELS[which];
  const motion = item[which];
  const itemId = item.id;
  const save = (changes: Partial<Motion>) => void updateMotion(itemId, which, changes).catch(() => undefined);
  return (
    <div className="outcome__motion">
      <AutosaveTextField
        label={t(labels.text)}
        value={motion?.text ?? ''}
        onSave={(text) => updateMotion(itemId, which, { text })}
        autoFocus={focusText}
      />
      <div className="outcome__people">
        <SpeakerPicker
          roster={roster}
          label={t(labels.mover)}
          value={speakerValue(motion?.mover)}
          onChange={(value) => save({ mover: personRef(value) })}
        />
        <SpeakerPicker
          roster={roster}
          label={t(labels.seconder)}
          value={speakerValue(motion?.seconder)}
          onChange={(value) => save({ seconder: personRef(value) })}
        />
      </div>
    </div>
  );
}

/**
 * The vote: its time (stamped by the first count or mark, or by Vote taken now; correctable), the
 * counts typed or counted from a roll call of the members present then, and the rule checked
 * against that attendance.
 */
function VoteBlock({ item, meeting, roster, onDone }: PanelProps) {
  const { t } = useTranslation(['live', 'record']);
  const now = useNow(5000, meeting.status === 'live');
  const at = voteTime(item, meeting, now);
  const rollCall = item.rollCall ?? null;
  const votes = itemVotes(item, roster, at);
  const check = checkVote(item, roster, meeting.quorum, at);
  const votedAt = item.votedAt ?? null;
  const [rollCallOn, setRollCallOn] = useOptimisticValue(rollCall !== null);
  const saveVote = (key: keyof Votes) => (text: string) => setVote(item.id, key, parseCount(text, MAX_VOTES));
  const voteChoices = ROLL_CALL_VOTES.map((vote) => ({
    value: vote,
    label: vote === 'notVoting' ? t('outcome.notVoting') : t(`outcome.${vote}`),
  }));
  return (
    <div className="outcome__vote">
      <div className="outcome__when">
        <DateTimeField
          kind="time"
          label={t('outcome.voteTime')}
          value={votedAt !== null ? clockTime(votedAt) : ''}
          onValueChange={(time) =>
            void updateAgendaItem(item.id, {
              votedAt: time ? atClockTime(votedAt ?? meeting.startedAt ?? Date.now(), time) : null,
            })
          }
        />
        <button
          type="button"
          className="button button--small"
          onClick={() => void updateAgendaItem(item.id, { votedAt: Date.now() })}
        >
          {t('outcome.voteNow')}
        </button>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={rollCallOn}
          onChange={(event) => {
            setRollCallOn(event.target.checked);
            void setRollCall(item.id, event.target.checked);
          }}
        />
        {t('outcome.rollCall')}
      </label>
      <div className="votes">
        {COUNTS.map((key) =>
          rollCall ? (
            // Counted from the names: shown where they are typed otherwise, not typed.
            <TextField
              key={key}
              type="number"
              readOnly
              label={t(`outcome.${key}`)}
              value={votes[key] === null ? '' : String(votes[key])}
              onValueChange={ignore}
            />
          ) : (
            <AutosaveTextField
              key={key}
              type="number"
              min={0}
              inputMode="numeric"
              label={t(`outcome.${key}`)}
              value={votes[key] === null ? '' : String(votes[key])}
              onSave={saveVote(key)}
            />
          ),
        )}
      </div>
      {rollCall ? (
        <ul className="roll-call" aria-label={t('outcome.rollCallList')}>
          {rollCallOf(item, roster, at).map(({ attendee, vote }) => (
            <li key={attendee.id} className="roll-call__row">
              <span className="roll-call__name" aria-hidden="true">
                {attendee.name}
              </span>
              <SelectField<RollCallVote>
                label={t('outcome.memberVote', { name: attendee.name })}
                hideLabel
                value={vote}
                options={voteChoices}
                onValueChange={(next) => void markRollCall(item.id, attendee.id, next)}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {/*
        Always there: a live region must exist before its text changes to be announced, and the
        space it keeps means the result appearing after a count is saved moves nothing below it
        (a click on Add action item while it appears would otherwise land elsewhere).
      */}
      <div className="vote-check" aria-live="polite">
        {check.kind === 'noQuorum' ? (
          <>
            <p className="vote-check__warning">{t('outcome.noQuorum', { ...check.quorum })}</p>
            <p className="vote-check__suggest">
              {t('outcome.suggestRecess')}{' '}
              {meeting.status === 'live' && !inRecess(meeting) ? (
                <button type="button" className="button button--small" onClick={() => dispatchCommand('recess')}>
                  {t('outcome.recessNow')}
                </button>
              ) : null}
            </p>
          </>
        ) : check.kind === 'counted' ? (
          <>
            <p>
              {t(check.result.passes ? 'outcome.passes' : 'outcome.fails', {
                for: check.votesFor,
                present: check.quorum.present,
                required: check.result.required,
              })}
            </p>
            {check.suggestion ? <Suggestion itemId={item.id} outcome={check.suggestion} onDone={onDone} /> : null}
          </>
        ) : null}
      </div>
    </div>
  );
}

function Suggestion({ itemId, outcome, onDone }: { itemId: string; outcome: Outcome; onDone: () => void }) {
  const { t } = useTranslation(['live', 'record']);
  return (
    <p className="vote-check__suggest">
      {t('outcome.suggest', { outcome: t(`record:outcome.${outcome}`) })}{' '}
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          void updateAgendaItem(itemId, { outcome });
          onDone();
        }}
      >
        {t('outcome.apply')}
      </button>
    </p>
  );
}

/**
 * The item's decision: its outcome, and for an item put to the vote the motion (동의) with its
 * mover and seconder, an amendment (수정동의), and the vote (domain/motions.ts). The rule is checked
 * against who was in the room at the vote and a result is suggested while none is chosen; the
 * recorder decides. A report is received (보고 접수), without a vote. Its shortcut
 * (domain/shortcuts.ts) puts the focus on the Outcome; Esc goes back to the Entry field, as does
 * using the suggestion or the suggested recess.
 */
export function OutcomePanel({ item, meeting, roster, onDone }: PanelProps) {
  const { t } = useTranslation(['live', 'record']);
  const section = useRef<HTMLElement>(null);
  useCommand('outcome', () => section.current?.querySelector('select')?.focus());
  const [amending, setAmending] = useState(false);
  const voted = takesVote(item.kind);
  const options = [
    { value: '' as const, label: t('outcome.none') },
    ...outcomeChoices(item.kind, item.outcome).map((outcome) => ({
      value: outcome,
      label: t(`record:outcome.${outcome}`),
    })),
  ];
  const showAmendment = amending || (item.amendment ?? null) !== null;
  return (
    <section className="panel outcome" aria-labelledby="outcome-heading" ref={section}>
      <h3 id="outcome-heading">{t('outcome.heading')}</h3>
      <SelectField<Outcome | ''>
        label={t('outcome.label')}
        value={item.outcome ?? ''}
        options={options}
        hint={voted ? undefined : t('outcome.reportHint')}
        onValueChange={(outcome) => void updateAgendaItem(item.id, { outcome: outcome || null })}
      />
      {voted ? (
        <>
          <MotionFields item={item} which="motion" roster={roster} />
          {showAmendment ? (
            <>
              <MotionFields item={item} which="amendment" roster={roster} focusText={amending} />
              <button
                type="button"
                className="button button--small button--quiet outcome__amend"
                onClick={() => {
                  setAmending(false);
                  void updateAgendaItem(item.id, { amendment: null });
                  onDone();
                }}
              >
                {t('outcome.removeAmendment')}
              </button>
            </>
          ) : (
            <button type="button" className="button button--small outcome__amend" onClick={() => setAmending(true)}>
              {t('outcome.addAmendment')}
            </button>
          )}
          <VoteBlock item={item} meeting={meeting} roster={roster} onDone={onDone} />
        </>
      ) : null}
    </section>
  );
}
