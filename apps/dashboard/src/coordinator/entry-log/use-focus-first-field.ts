import { useEffect, useRef } from 'react';

/** A form opened by a button: the keyboard goes straight to its first field. */
export const useFocusFirstField = () => {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('input, textarea')?.focus(), []);
  return form;
};
