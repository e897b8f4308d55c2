import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clockTime } from '../../domain/dates';
import type { AgendaItem } from '../../domain/model';

interface Props {
  agenda: readonly AgendaItem[];
  labels: Map<string, string>;
  currentId: string | null;
  counts: Map<string, number>;
  onTakeUp: (id: string) => void;
  onAddUnplanned?: ((title: string) => void) | undefined;
}

/** The agenda at a glance: where we are, what was taken and when; any item can be taken up. */
export function AgendaNav({ agenda, labels, currentId, counts, onTakeUp, onAddUnplanned }: Props) {
  const { t } = useTranslation('live');
  const [adding, setAdding] = useState(false);
  const [title, setTitle] = useState('');
  return (
    <nav className="panel agenda-nav" aria-labelledby="agenda-nav-heading">
      <h2 id="agenda-nav-heading">{t('agendaHeading')}</h2>
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
              setTitle('');
              setAdding(false);
            }}
          >
            <label htmlFor="unplanned-title">{t('unplannedTitle')}</label>
            <input
              id="unplanned-title"
              type="text"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              autoFocus
            />
            <div className="toolbar">
              <button type="submit" className="button button--small button--primary">
                {t('unplannedAdd')}
              </button>
              <button type="button" className="button button--small" onClick={() => setAdding(false)}>
                {t('unplannedCancel')}
              </button>
            </div>
          </form>
        ) : (
          <button type="button" className="button button--small" onClick={() => setAdding(true)}>
            {t('addUnplanned')}
          </button>
        )
      ) : null}
    </nav>
  );
}
