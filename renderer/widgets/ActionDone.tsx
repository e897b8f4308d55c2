/**
 * An action item's Done checkbox and, once done, the day it was done: the one control the Action
 * items screen and the review of the previous meeting's items (meeting editor) share. Its name is
 * "Done" alone; which action it is comes from the row, through `describedBy`.
 */
import { useTranslation } from 'react-i18next';
import { setActionItemDone } from '../data/actionItems';
import { dateParts, isoDay } from '../domain/dates';
import { currentLanguage } from '../i18n';
import type { ActionItem } from '../domain/model';
import { useOptimisticValue } from '../hooks/useOptimistic';

export function ActionDone({
  action,
  describedBy,
  onToggle,
}: {
  action: ActionItem;
  describedBy: string;
  /** Told before the change is written (the Action items screen keeps the row in its place). */
  onToggle?: (action: ActionItem) => void;
}) {
  const { t } = useTranslation('actions');
  const [done, setDone] = useOptimisticValue(action.done);
  // As the minutes write it: 2026. 12. 1. 완료 / Done on 1 December 2026.
  const doneOn = action.done && action.doneAt != null ? dateParts(isoDay(action.doneAt), currentLanguage()) : null;
  return (
    <span className="action-done">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={done}
          aria-describedby={describedBy}
          onChange={(event) => {
            onToggle?.(action);
            setDone(event.target.checked);
            void setActionItemDone(action.id, event.target.checked);
          }}
        />
        {t('done')}
      </label>
      {doneOn ? <span className="action-done__date">{t('doneOn', { ...doneOn })}</span> : null}
    </span>
  );
}
