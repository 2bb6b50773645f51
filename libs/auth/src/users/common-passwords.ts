import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_LENGTH } from './password-length';

/**
 * The passwords people pick most, from zxcvbn-ts's list (about 49,000, gathered from
 * breaches); only those long enough to pass the length rule need keeping. Compared without
 * case or spaces, so `Password Password` is `passwordpassword`.
 */
const COMMON = new Set(
  dictionary['passwords-common']
    .filter((password) => [...password].length >= PASSWORD_LENGTH.min)
    .map((password) => normalised(password)),
);

function normalised(password: string): string {
  return password.toLowerCase().replace(/\s+/g, '');
}

export const isCommonPassword = (password: string): boolean => COMMON.has(normalised(password));
