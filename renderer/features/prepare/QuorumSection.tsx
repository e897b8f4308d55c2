import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/Field';
import { setQuorumThreshold } from '../../data/meetings';
import type { Attendee, Meeting } from '../../domain/model';
import { quorumCount, THRESHOLD_CHOICES, thresholdChoice, type ThresholdChoice } from '../../domain/quorum';
import { QuorumLine } from '../../components/QuorumLine';
import { SectionCard } from './SectionCard';

const CHOICES = Object.keys(THRESHOLD_CHOICES) as ThresholdChoice[];

export function QuorumSection({ meeting, roster }: { meeting: Meeting; roster: readonly Attendee[] }) {
  const { t } = useTranslation(['editor', 'record']);
  const options = CHOICES.map((choice) => ({ value: choice, label: t(`record:threshold.${choice}`) }));
  return (
    <SectionCard name="quorum">
      <QuorumLine count={quorumCount(roster, meeting.quorum.open)} />
      <div className="form-grid">
        {(['open', 'pass'] as const).map((key) => (
          <SelectField
            key={key}
            label={t(`quorum.${key}`)}
            hint={t(`quorum.${key}Hint`)}
            value={thresholdChoice(meeting.quorum[key])}
            options={options}
            onValueChange={(choice) => void setQuorumThreshold(meeting.id, key, THRESHOLD_CHOICES[choice])}
          />
        ))}
      </div>
    </SectionCard>
  );
}
