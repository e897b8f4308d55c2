/**
 * The papers attached to an agenda item (붙임), under its row: one name a line, saved as typed,
 * removed with an offer to undo. The minutes list them after the last section, numbered across
 * the whole agenda ("붙임 1. … 1부."), so no number is shown here. Names have no ids: a name is
 * addressed by its place in the item's list, which only this list changes.
 */
import { useTranslation } from 'react-i18next';
import { AutosaveTextField } from '../../components/AutosaveTextField';
import { IconButton } from '../../components/IconButton';
import { addAttachment, removeAttachment, restoreAttachment, updateAttachment } from '../../data/agenda';
import { offerUndo } from '../../hooks/undo';
import { useFocusLater } from './focusLater';

export function AttachmentList({ itemId, names, label }: { itemId: string; names: readonly string[]; label: string }) {
  const { t } = useTranslation('editor');
  const { containerRef, focusLater, focusAfterRemoving } = useFocusLater<HTMLDivElement>('attachment', 'addAttachment');
  const add = async () => {
    focusLater(await addAttachment(itemId));
  };
  const remove = async (index: number) => {
    focusAfterRemoving(index, names.length);
    const removed = await removeAttachment(itemId, index);
    if (removed) offerUndo(t('agenda.attachments.removed', { name: removed.name }), () => restoreAttachment(removed));
  };

  return (
    <div className="attachments" ref={containerRef}>
      {names.length > 0 ? (
        <ul className="rows attachments__list" aria-label={t('agenda.attachments.list', { label })}>
          {names.map((name, index) => (
            // By place: the names are the item's list, in order (see above).
            <li key={index} className="attachments__row">
              {/* Marks the line as a paper, not a note; the field's own name says so to a reader. */}
              <span className="attachments__mark" aria-hidden="true">
                {t('agenda.attachments.mark')}
              </span>
              <AutosaveTextField
                hideLabel
                fieldClassName="attachments__name"
                label={t('agenda.attachments.name')}
                placeholder={t('agenda.attachments.placeholder')}
                value={name}
                onSave={(text) => updateAttachment(itemId, index, text)}
                data-field="attachment"
              />
              <IconButton
                icon="✕"
                danger
                label={t('agenda.attachments.remove')}
                data-field="removeAttachment"
                onClick={() => void remove(index)}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <button
        type="button"
        className="button button--small button--quiet"
        data-field="addAttachment"
        onClick={() => void add()}
      >
        {t('agenda.attachments.add')}
      </button>
    </div>
  );
}
