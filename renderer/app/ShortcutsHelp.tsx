/**
 * The list of keyboard shortcuts, opened with F1, the Help menu or the live screen's button. It is
 * written from the table of shortcuts (domain/shortcuts.ts), one section per scope, so that it
 * lists exactly the keys the handlers take.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SCOPES, SHORTCUTS, shownKeys } from '../domain/shortcuts';

/** The table's rows, scope by scope. */
const SECTIONS = SCOPES.map((scope) => ({ scope, rows: SHORTCUTS.filter((shortcut) => shortcut.scope === scope) }));

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('live');
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) dialog.showModal();
    if (!open && dialog?.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-heading" onClose={onClose}>
      <h2 id="shortcuts-heading">{t('help.heading')}</h2>
      {SECTIONS.map((section) => (
        <table className="shortcuts" key={section.scope}>
          <caption>{t(`help.sections.${section.scope}`)}</caption>
          <tbody>
            {section.rows.map((shortcut) => (
              <tr key={shortcut.label}>
                <th scope="row">
                  <kbd>{shownKeys(shortcut)}</kbd>
                </th>
                <td>{t(`help.shortcuts.${shortcut.label}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <p className="field__hint">{t('help.ime')}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose} autoFocus>
          {t('help.close')}
        </button>
      </div>
    </dialog>
  );
}
