/**
 * Each force keeps one colour on every chart, from the Okabe–Ito palette (told apart with
 * every common colour-vision deficiency), and its name is always shown beside it.
 */
export const FORCE_COLOURS: Record<string, string> = {
  'avon-and-somerset': '#E69F00', // orange
  'devon-and-cornwall': '#56B4E9', // sky blue
  dorset: '#009E73', // bluish green
  gloucestershire: '#CC79A7', // reddish purple
  wiltshire: '#0072B2', // blue
};
export const colourOf = (force: string): string => FORCE_COLOURS[force] ?? '#999999';

// The token carries a force's id; GET /api/forces has the names, but the top bar should not
// wait for a request to say who is signed in.
const NAMES: Record<string, string> = {
  'avon-and-somerset': 'Avon and Somerset',
  'devon-and-cornwall': 'Devon and Cornwall',
  dorset: 'Dorset',
  gloucestershire: 'Gloucestershire',
  wiltshire: 'Wiltshire',
};
export const forceName = (force: string): string => NAMES[force] ?? force;
