import type { ReactNode } from 'react';

/**
 * A wide table on a narrow screen scrolls sideways; focusable and named, so that keyboard
 * users can scroll it too (WCAG 2.1.1).
 */
export const TableScroll = ({ label, children }: { label: string; children: ReactNode }) => (
  // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus
  <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
    {children}
  </div>
);
