/**
 * The agenda at a glance: where we are, what was taken and when; any item can be taken up, by a
 * click or from the keyboard (go to item N, by its number or words of its title), and an
 * unplanned item added. In a wide window it is a column of its own; in a narrower one it is a
 * drawer above the side panels, open until the recorder closes it with its button (closed, it
 * would hide the items and the unplanned item from a click); the unplanned item's shortcut opens
 * it again. Every way out puts the focus back in the Entry field (`onDone`).
 */
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../hooks/commands';
import { shortcutFor } from '../../hooks/keys';
import { useReadOnly } from '../../hooks/readOnly';
import { PickDialog, type PickOption } from '../../components/PickDialog';
import { clockTime } from '../../domain/dates';
import type { AgendaItem } from '../../domain/model';

interface Props {
  agenda: readonly AgendaItem[];
  labels: Map<string, string>;
  currentId: string | null;
  counts: Map<string, number>;
  onTakeUp: (id: string) => void;
  onAddUnplanned?: ((title: string) => void) | undefined;
  /** When the recorder is done here: the focus goes back to the Entry field. */
  onDone: () => void;
}

/** Items for "go to item": the one at that position in the agenda's order, then title matches. */
function findItems(query: string, agenda: readonly AgendaItem[], labels: Map<string, string>): AgendaItem[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [...agenda];
  const position = /^\d+$/.test(q) ? agenda[Number(q) - 1] : undefined;
  const byText = agenda.filter((item) => `${labels.get(item.id) ?? ''} ${item.title}`.toLocaleLowerCase().includes(q));
  return position ? [position, ...byText.filter((item) => item !== position)] : byText;
}

export function AgendaNav({ agenda, labels, currentId, counts, onTakeUp, onAddUnplanned, onDone }: Props) {
  const { t } = useTranslation('live');
  const bodyId = useId();
  const [open, setOpen] = useState(true);
  const [adding, setAdding] = useState(false);
  const [jumping, setJumping] = useState(false);
  const [title, setTitle] = useState('');
  const titleField = useRef<HTMLInputElement>(null);

  // Rendered at once (flushSync) so that the title field exists, in an open drawer, to be focused.
  const startAdding = () => {
    flushSync(() => {
      setOpen(true);
      setAdding(true);
    });
    titleField.current?.focus();
  };
  const stopAdding = () => {
    setTitle('');
    setAdding(false);
    onDone();
  };
  useCommand('unplannedItem', () => {
    if (onAddUnplanned) startAdding();
  });
  // Approved minutes are browsed with Alt+↑ / Alt+↓: their controls, this dialog's too, are disabled.
  const readOnly = useReadOnly();
  useCommand('jumpToItem', () => setJumping(!readOnly));

  const position = agenda.findIndex((item) => item.id === currentId);
  const options = (query: string): PickOption[] =>
    findItems(query, agenda, labels).map((item) => ({
      id: item.id,
      label: `${agenda.indexOf(item) + 1}. ${labels.get(item.id) ?? ''} ${item.title}`,
      ...(item.startedAt ? { detail: clockTime(item.startedAt) } : {}),
    }));

  return (
    <nav className={`panel agenda-nav ${open ? 'agenda-nav--open' : ''}`} aria-labelledby="agenda-nav-heading">
      <h2 id="agenda-nav-heading" className="agenda-nav__heading">
        {t('agendaHeading')}
      </h2>
      <button
        type="button"
        className="agenda-nav__toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        <span>{t('agendaHeading')}</span>
        {position >= 0 ? (
          <span className="agenda-nav__where">{t('itemOf', { n: position + 1, total: agenda.length })}</span>
        ) : null}
      </button>
      <div id={bodyId} className="agenda-nav__body">
        <ol>
          {agenda.map((item) => {
            const label = labels.get(item.id) ?? '';
            const count = counts.get(item.id) ?? 0;
            return (
              <li key={item.id}>
                <button
                  type="button"
                  className={`agenda-nav__item ${item.takenOrder !== null ? 'agenda-nav__item--taken' : ''}`}
                  aria-current={item.id === currentId ? 'step' : undefined}
                  onClick={() => onTakeUp(item.id)}
                >
                  <span className="agenda-nav__label">{label}</span>
                  <span className="agenda-nav__title">{item.title}</span>
                  <span className="agenda-nav__meta">
                    {item.startedAt ? clockTime(item.startedAt) : ''}
                    {count > 0 ? ` · ${t('entriesCount', { count })}` : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
        {onAddUnplanned ? (
          adding ? (
            <form
              className="agenda-nav__add"
              onSubmit={(event) => {
                event.preventDefault();
                if (!title.trim()) return;
                onAddUnplanned(title.trim());
                stopAdding();
              }}
            >
              <label htmlFor="unplanned-title">{t('unplannedTitle')}</label>
              <input
                id="unplanned-title"
                ref={titleField}
                type="text"
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                // Esc gives up the unplanned item, as Cancel does, and goes back to the Entry field.
                onKeyDown={(event) => {
                  if (shortcutFor(event, 'liveControl') !== 'focusEntry') return;
                  event.preventDefault();
                  stopAdding();
                }}
              />
              <div className="toolbar">
                <button type="submit" className="button button--small button--primary">
                  {t('unplannedAdd')}
                </button>
                <button type="button" className="button button--small" onClick={stopAdding}>
                  {t('unplannedCancel')}
                </button>
              </div>
            </form>
          ) : (
            <button type="button" className="button button--small" onClick={startAdding}>
              {t('addUnplanned')}
            </button>
          )
        ) : null}
      </div>
      {jumping ? (
        <PickDialog
          texts={{ ...t('jump', { returnObjects: true }), cancel: t('dialogCancel') }}
          search={options}
          onPick={onTakeUp}
          onClose={() => {
            setJumping(false);
            onDone();
          }}
        />
      ) : null}
    </nav>
  );
}
