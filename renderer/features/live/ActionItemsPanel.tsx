/**
 * The current item's action items. A new one (button or shortcut, domain/shortcuts.ts) gets a row
 * under the item with the focus in its Action field; Esc from there goes back to the Entry field.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../hooks/commands';
import { useReadOnly } from '../../hooks/readOnly';
import { offerUndo } from '../../hooks/undo';
import { AutosaveTextField } from '../../components/AutosaveTextField';
import { AutosaveDateTimeField } from '../../components/DateTimeField';
import { IconButton } from '../../components/IconButton';
import { addActionItem, removeActionItem, restoreActionItem, updateActionItem } from '../../data/actionItems';
import type { ActionItem } from '../../domain/model';
import { useRowFocus } from '../../hooks/rows';

export function ActionItemsPanel({
  meetingId,
  itemId,
  actionItems,
}: {
  meetingId: string;
  itemId: string;
  actionItems: readonly ActionItem[];
}) {
  const { t } = useTranslation('live');
  const listRef = useRef<HTMLUListElement>(null);
  const { focusRow } = useRowFocus(listRef);
  const rows = actionItems.filter((a) => a.agendaItemId === itemId);
  const add = async () => focusRow(await addActionItem(meetingId, itemId), ['action']);
  const readOnly = useReadOnly();
  useCommand('addActionItem', () => {
    if (!readOnly) void add();
  });
  return (
    <section className="panel" aria-labelledby="actions-heading">
      <div className="panel__header">
        <h3 id="actions-heading">{t('actions.heading')}</h3>
        <button type="button" className="button button--small" onClick={() => void add()}>
          {t('actions.add')}
        </button>
      </div>
      {rows.length === 0 ? <p className="muted">{t('actions.none')}</p> : null}
      <ul className="action-items" ref={listRef}>
        {rows.map((row) => (
          <li key={row.id} className="action-item" data-row-id={row.id}>
            <AutosaveTextField
              fieldClassName="action-item__text"
              label={t('actions.action')}
              value={row.text}
              onSave={(text) => updateActionItem(row.id, { text })}
              data-field="action"
            />
            <AutosaveTextField
              label={t('actions.owner')}
              value={row.owner}
              onSave={(owner) => updateActionItem(row.id, { owner })}
            />
            <AutosaveDateTimeField
              kind="date"
              label={t('actions.due')}
              value={row.dueDate}
              onSave={(dueDate) => updateActionItem(row.id, { dueDate })}
            />
            <IconButton
              icon="✕"
              danger
              label={t('actions.remove')}
              onClick={() =>
                void removeActionItem(row.id).then((removed) => {
                  if (removed) offerUndo(t('actions.removed'), () => restoreActionItem(removed));
                })
              }
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
