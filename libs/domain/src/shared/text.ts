/**
 * Free text as a reader sees it: compatibility forms folded by Unicode NFKC (a full-width
 * `＠` is `@`, full-width digits are digits, U+3000 is a space), and format characters
 * (\p{Cf}: zero-width space and joiners, word joiner, soft hyphen, byte-order mark,
 * direction marks) left out, since they show nothing. Rules about what a text says are
 * judged on this, so that invisible or look-alike characters cannot hide what it says.
 */
export const asSeen = (text: string): string => text.normalize('NFKC').replace(/\p{Cf}/gu, '');

/** Text that shows nothing: empty, or white space, control and format characters only. */
export const isBlank = (text: string): boolean => /^[\s\p{Cc}]*$/u.test(asSeen(text));
