import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import { useOptimisticValue } from '../hooks/useOptimistic';

interface FieldShellProps {
  label: string;
  /** The label stays for assistive technology and tests but is not shown (table-like rows). */
  hideLabel?: boolean | undefined;
  hint?: ReactNode;
  error?: string | null | undefined;
  className?: string | undefined;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}

/** A label tied to its control, with an optional hint and an inline error announced with it. */
export function FieldShell({ label, hideLabel, hint, error, className, children }: FieldShellProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].join(' ').trim()}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : undefined}>
        {label}
      </label>
      {children({ id, describedBy })}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  label: string;
  hideLabel?: boolean;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null | undefined;
  fieldClassName?: string;
};

export function TextField({
  label,
  hideLabel,
  value,
  onValueChange,
  hint,
  error,
  fieldClassName,
  ...rest
}: TextFieldProps) {
  return (
    <FieldShell label={label} hideLabel={hideLabel} hint={hint} error={error} className={fieldClassName}>
      {({ id, describedBy }) => (
        <input
          type="text"
          {...rest}
          id={id}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}

type SelectFieldProps<T extends string> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & {
  label: string;
  hideLabel?: boolean;
  value: T;
  options: readonly { value: T; label: string }[];
  onValueChange: (value: T) => void;
  hint?: ReactNode;
  fieldClassName?: string;
};

export function SelectField<T extends string>({
  label,
  hideLabel,
  value,
  options,
  onValueChange,
  hint,
  fieldClassName,
  ...rest
}: SelectFieldProps<T>) {
  const [shown, setShown] = useOptimisticValue(value);
  return (
    <FieldShell label={label} hideLabel={hideLabel} hint={hint} className={fieldClassName}>
      {({ id, describedBy }) => (
        <select
          {...rest}
          id={id}
          value={shown}
          aria-describedby={describedBy}
          onChange={(event) => {
            setShown(event.target.value as T);
            onValueChange(event.target.value as T);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
