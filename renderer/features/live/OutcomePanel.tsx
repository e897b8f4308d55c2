import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../hooks/commands';
import { useNow } from '../../hooks/useNow';
import { useOptimisticValue } from '../../hooks/useOptimistic';
import { AutosaveTextField } from '../../components/AutosaveTextField';
import { SelectField } from '../../components/Field';
import { setVote, updateAgendaItem } from '../../data/agenda';
import { parseCount } from '../../domain/numbers';
import { OUTCOMES, type AgendaItem, type Attendee, type Meeting, type Outcome, type Votes } from '../../domain/model';
import { quorumCount, voteResult } from '../../domain/quorum';

/** More votes than any body has members is a slip of the finger. */
const MAX_VOTES = 100_000;

/**
 * The item's decision. At a vote the rule is checked against who is in the room at that moment
 * and a result is suggested; the recorder decides. Its shortcut (domain/shortcuts.ts) puts the
 * focus on the Outcome; Esc goes back to the Entry field, as does using the suggestion.
 */
export function OutcomePanel({
  item,
  meeting,
  roster,
  onDone,
}: {
  item: AgendaItem;
  meeting: Meeting;
  roster: readonly Attendee[];
  onDone: () => void;
}) {
  const { t } = useTranslation(['live', 'record']);
  const section = useRef<HTMLElement>(null);
  useCommand('outcome', () => section.current?.querySelector('select')?.focus());
  const now = useNow(5000, meeting.status === 'live');
  const [voteRecorded, setVoteRecorded] = useOptimisticValue(item.voteRecorded);
  const showVotes = item.kind !== 'report' || voteRecorded;
  const saveVote = (key: keyof Votes) => (text: string) => setVote(item.id, key, parseCount(text, MAX_VOTES));
  const quorum = quorumCount(roster, meeting.quorum.open, meeting.endedAt ?? now);
  const result = item.votes.for === null ? null : voteResult(item.votes.for, quorum.present, meeting.quorum.pass);
  const suggested: Outcome | null = result ? (result.passes && quorum.met ? 'approved' : 'rejected') : null;
  const options = [
    { value: '' as const, label: t('outcome.none') },
    ...OUTCOMES.map((outcome) => ({ value: outcome, label: t(`record:outcome.${outcome}`) })),
  ];
  return (
    <section className="panel" aria-labelledby="outcome-heading" ref={section}>
      <h3 id="outcome-heading">{t('outcome.heading')}</h3>
      <SelectField<Outcome | ''>
        label={t('outcome.label')}
        value={item.outcome ?? ''}
        options={options}
        onValueChange={(outcome) => void updateAgendaItem(item.id, { outcome: outcome || null })}
      />
      {item.kind === 'report' ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={voteRecorded}
            onChange={(event) => {
              setVoteRecorded(event.target.checked);
              void updateAgendaItem(item.id, { voteRecorded: event.target.checked });
            }}
          />
          {t('outcome.recordVote')}
        </label>
      ) : null}
      {showVotes ? (
        <>
          <div className="votes">
            {(['for', 'against', 'abstain'] as const).map((key) => (
              <AutosaveTextField
                key={key}
                type="number"
                min={0}
                inputMode="numeric"
                label={t(`outcome.${key}`)}
                value={item.votes[key] === null ? '' : String(item.votes[key])}
                onSave={saveVote(key)}
              />
            ))}
          </div>
          {result ? (
            <div className="vote-check" aria-live="polite">
              {!quorum.met ? <p className="vote-check__warning">{t('outcome.noQuorum', { ...quorum })}</p> : null}
              <p>
                {t(result.passes ? 'outcome.passes' : 'outcome.fails', {
                  for: item.votes.for,
                  present: quorum.present,
                  required: result.required,
                })}
              </p>
              {suggested && suggested !== item.outcome ? (
                <p className="vote-check__suggest">
                  {t('outcome.suggest', { outcome: t(`record:outcome.${suggested}`) })}{' '}
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => {
                      void updateAgendaItem(item.id, { outcome: suggested });
                      onDone();
                    }}
                  >
                    {t('outcome.apply')}
                  </button>
                </p>
              ) : null}
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
