/**
 * A small modal dialog for picking one thing from a list by typing: a field, the matches below it,
 * Enter takes the first match and Tab reaches the others (plain buttons, no keys of its own to
 * learn). The parent mounts it to open it and unmounts it on `onClose`, which comes after every
 * way out — a pick, Cancel or Esc — once the browser has closed the <dialog>, so that the parent
 * can then put the focus where the work goes on.
 */
import { useEffect, useId, useRef, useState } from 'react';

export interface PickOption {
  id: string;
  label: string;
  /** A second, quieter line: a state, a time. */
  detail?: string;
}

interface Props {
  /** Its heading, the field's label and hint, what it says when nothing matches, its Cancel. */
  texts: { title: string; field: string; hint: string; none: string; cancel: string };
  /** The matches of what was typed, best first. */
  search: (query: string) => readonly PickOption[];
  onPick: (id: string) => void;
  onClose: () => void;
}

export function PickDialog({ texts, search, onPick, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [query, setQuery] = useState('');
  const options = search(query);

  useEffect(() => {
    ref.current?.showModal();
  }, []);

  const pick = (optionId: string) => {
    onPick(optionId);
    ref.current?.close();
  };

  return (
    <dialog ref={ref} className="dialog pick" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{texts.title}</h2>
      <form
        className="dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          const first = options[0];
          if (first) pick(first.id);
        }}
      >
        <label htmlFor={`${id}-field`}>{texts.field}</label>
        <input
          id={`${id}-field`}
          type="text"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoFocus
        />
        <p id={`${id}-hint`} className="field__hint">
          {texts.hint}
        </p>
      </form>
      {options.length > 0 ? (
        <ul className="pick__options" aria-labelledby={`${id}-title`}>
          {options.map((option, index) => (
            <li key={option.id}>
              <button
                type="button"
                className={`pick__option ${index === 0 ? 'pick__option--first' : ''}`}
                onClick={() => pick(option.id)}
              >
                <span className="pick__label">{option.label}</span>
                {option.detail ? <span className="pick__detail">{option.detail}</span> : null}
                {index === 0 ? (
                  <span className="pick__enter" aria-hidden="true">
                    ↵
                  </span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p role="status">{texts.none}</p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => ref.current?.close()}>
          {texts.cancel}
        </button>
      </div>
    </dialog>
  );
}
