import type { InputHTMLAttributes, ReactNode } from 'react';
import { useAutosave } from '../hooks/useAutosave';
import { TextField } from './Field';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'onFocus' | 'onBlur'> & {
  label: string;
  hideLabel?: boolean;
  /** The stored value; it replaces the text on screen only while the field is idle. */
  value: string;
  onSave: (value: string) => Promise<void>;
  hint?: ReactNode;
  error?: string | null | undefined;
  fieldClassName?: string;
  /** Called on every change with the text on screen (e.g. to validate as the user types). */
  onTextChange?: (value: string) => void;
};

/** A text input that saves itself as the recorder types (see useAutosave). */
export function AutosaveTextField({ value, onSave, onTextChange, ...rest }: Props) {
  const autosave = useAutosave(value, onSave);
  return (
    <TextField
      {...rest}
      value={autosave.value}
      onValueChange={(next) => {
        autosave.onChange(next);
        onTextChange?.(next);
      }}
      {...autosave.bind}
    />
  );
}
