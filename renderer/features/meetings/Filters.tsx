/**
 * The home screen's filters: body (those stored), year, a date range and status. They narrow the
 * meetings list when there is no query and the search when there is (grouping.ts's searchFilters).
 * A body is chosen by its place among the bodies, since any name (even one starting like another
 * option's value) can be a body.
 */
import { useTranslation } from 'react-i18next';
import { DateTimeField } from '../../components/DateTimeField';
import { SelectField } from '../../components/Field';
import { MEETING_STATUSES, type MeetingStatus } from '../../domain/model';
import { NO_FILTERS, type FilterState } from './grouping';

interface Props {
  value: FilterState;
  bodies: readonly string[];
  years: readonly string[];
  onChange: (value: FilterState) => void;
}

export function Filters({ value, bodies, years, onChange }: Props) {
  const { t } = useTranslation(['meetings', 'record']);
  const set = (changes: Partial<FilterState>) => onChange({ ...value, ...changes });
  const bodyIndex = value.body === null ? -1 : bodies.indexOf(value.body);
  return (
    <div className="filters" role="group" aria-label={t('filters.label')}>
      <SelectField
        label={t('filters.body')}
        fieldClassName="filters__body"
        value={String(bodyIndex)}
        options={[
          { value: '-1', label: t('filters.allBodies') },
          ...bodies.map((body, index) => ({ value: String(index), label: body || t('noBody') })),
        ]}
        onValueChange={(index) => set({ body: bodies[Number(index)] ?? null })}
      />
      <SelectField
        label={t('filters.year')}
        value={value.year}
        options={[{ value: '', label: t('filters.allYears') }, ...years.map((year) => ({ value: year, label: year }))]}
        onValueChange={(year) => set({ year })}
      />
      <SelectField<MeetingStatus | ''>
        label={t('statusFilter')}
        value={value.status}
        options={[
          { value: '', label: t('allStatuses') },
          ...MEETING_STATUSES.map((s) => ({ value: s, label: t(`record:status.${s}`) })),
        ]}
        onValueChange={(status) => set({ status })}
      />
      {(['from', 'to'] as const).map((end) => (
        <DateTimeField
          key={end}
          kind="date"
          label={t(`filters.${end}`)}
          fieldClassName="filters__date"
          value={value[end]}
          onValueChange={(date) => set(end === 'from' ? { from: date } : { to: date })}
        />
      ))}
      {/* Always there: a button that vanished when pressed would drop the focus. */}
      <button type="button" className="button button--quiet filters__clear" onClick={() => onChange(NO_FILTERS)}>
        {t('filters.clear')}
      </button>
    </div>
  );
}
