import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The card of the roster, the agenda or the body's procedural phrases: a heading with the count (the list's name: its id is
 * `${list}-heading`), the Add button after any other `tools`, then the rows, or a line saying
 * there are none yet. `above` (the roster's paste box) goes between the heading and the rows.
 * `addDisabled` when the list is full.
 */
export function ListCard({
  list,
  count,
  addId,
  onAdd,
  addDisabled = false,
  tools,
  above,
  children,
}: {
  list: 'roster' | 'agenda' | 'phrases';
  count: number;
  addId: string;
  onAdd: () => Promise<void>;
  addDisabled?: boolean;
  tools?: ReactNode;
  above?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation('editor');
  return (
    <section className="card" aria-labelledby={`${list}-heading`} id={list}>
      <header className="card__header">
        <h2 id={`${list}-heading`}>
          {t(`sections.${list}`)} <span className="count">{t(`${list}.count`, { count })}</span>
        </h2>
        <div className="toolbar">
          {tools}
          <button
            type="button"
            id={addId}
            className="button button--primary"
            onClick={() => void onAdd()}
            disabled={addDisabled}
          >
            {t(`${list}.add`)}
          </button>
        </div>
      </header>
      {above}
      {count === 0 ? <p className="muted">{t(`${list}.empty`)}</p> : children}
    </section>
  );
}
