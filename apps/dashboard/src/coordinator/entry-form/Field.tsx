import type { ReactNode } from 'react';
import { labelOf } from './entry-vocabulary';

export interface FieldProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

/**
 * A labelled control with its hint and, when the rules refuse its value, the message beside
 * it (tied to the control, so a screen reader reads it with the field).
 */
export const Field = ({
  id,
  label,
  hint,
  problem,
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  problem?: string;
  className?: string;
  children: (props: FieldProps) => ReactNode;
}) => {
  const described = [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ');
  return (
    <div className={`field ${problem ? 'has-problem' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="field-problem">
          {problem}
        </p>
      )}
      {children({
        id,
        'aria-invalid': Boolean(problem),
        'aria-describedby': described || undefined,
      })}
    </div>
  );
};

/** A select's options from slugs, with "not given" first when the field is optional. */
export const Options = ({ values, none }: { values: readonly string[]; none?: string }) => (
  <>
    {none !== undefined && <option value="">{none}</option>}
    {values.map((value) => (
      <option key={value} value={value}>
        {labelOf(value)}
      </option>
    ))}
  </>
);
