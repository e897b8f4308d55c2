import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The keyboard shortcuts, by screen; opened with F1, the Help menu, or the live screen's button. */
const SECTIONS = [
  {
    title: 'anywhere',
    keys: [
      ['Ctrl+N', 'newMeeting'],
      ['Ctrl+,', 'settings'],
      ['Ctrl+E', 'export'],
      ['F1', 'f1'],
    ],
  },
  {
    title: 'editor',
    keys: [['Alt+↑ / Alt+↓', 'moveRow']],
  },
  {
    title: 'live',
    keys: [
      ['Enter', 'enter'],
      ['Shift+Enter', 'shiftEnter'],
      ['Alt+↓', 'altDown'],
      ['Alt+↑', 'altUp'],
      ['Ctrl+1…9', 'ctrlDigit'],
      ['Ctrl+0', 'ctrlZero'],
      ['@', 'mention'],
      ['Esc', 'escape'],
    ],
  },
] as const;

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
        <table className="shortcuts" key={section.title}>
          <caption>{t(`help.sections.${section.title}`)}</caption>
          <tbody>
            {section.keys.map(([keys, key]) => (
              <tr key={key}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{t(`help.${key}`)}</td>
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
