import type { ButtonHTMLAttributes, ReactNode } from 'react';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'title'> & {
  /** A symbol (a character or a small SVG), hidden from assistive technology. */
  icon: ReactNode;
  /** The button's name: read out, shown as a tooltip, and what tests find it by. */
  label: string;
  danger?: boolean;
};

/** A small button showing a symbol, named by real (visually hidden) text. */
export function IconButton({ icon, label, danger, className, ...rest }: Props) {
  return (
    <button
      type="button"
      {...rest}
      className={['icon-button', danger ? 'icon-button--danger' : '', className ?? ''].join(' ').trim()}
      title={label}
    >
      <span aria-hidden="true">{icon}</span>
      <span className="sr-only">{label}</span>
    </button>
  );
}

/** Move up / Move down for a row at `index` of `total`; `onMove` gets the new position. */
export function MoveButtons({
  index,
  total,
  onMove,
  labels,
}: {
  index: number;
  total: number;
  onMove: (to: number) => void;
  labels: { up: string; down: string };
}) {
  return (
    <>
      <IconButton
        icon="↑"
        label={labels.up}
        data-field="moveUp"
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
      />
      <IconButton
        icon="↓"
        label={labels.down}
        data-field="moveDown"
        disabled={index === total - 1}
        onClick={() => onMove(index + 1)}
      />
    </>
  );
}
