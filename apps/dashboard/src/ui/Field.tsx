import './field.css';
import { useId, type ReactNode } from 'react';

export interface FieldProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

/**
 * A labelled control with its hint and, when the rules refuse its value, the message beside
 * it (tied to the control, so a screen reader reads it with the field). `children` is given
 * the id and description to put on the control; `id` is made up when not given.
 */
export const Field = ({
  id: givenId,
  label,
  hint,
  problem,
  className,
  children,
}: {
  id?: string;
  label: string;
  hint?: ReactNode;
  problem?: string;
  className?: string;
  children: (props: FieldProps) => ReactNode;
}) => {
  const madeId = useId();
  const id = givenId ?? madeId;
  const described = [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ');
  return (
    <div className={['field', problem && 'has-problem', className].filter(Boolean).join(' ')}>
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
