import { asSeen, isBlank } from './text';

describe('text as a reader sees it', () => {
  it.each([
    ['', true],
    ['   ', true],
    ['\t\n\r', true],
    ['\u00a0\u3000', true], // no-break space, ideographic space
    ['\u200b', true], // zero-width space
    ['\u200c\u200d\u2060\ufeff\u00ad', true], // joiners, word joiner, BOM, soft hyphen
    [' \u200b \u200e ', true], // a left-to-right mark among spaces
    ['\u0001\u007f', true], // control characters
    ['a', false],
    ['  final collated results  ', false],
    ['\u200bx', false],
    ['・', false],
    ['😀', false],
  ])('isBlank(%j) is %s', (text, blank) => {
    expect(isBlank(text)).toBe(blank);
  });

  it('folds compatibility forms and leaves out format characters', () => {
    expect(asSeen('a＠b.com')).toBe('a@b.com');
    expect(asSeen('x\u200b@\u200bexample.com')).toBe('x@example.com');
    expect(asSeen('０７９１２\u3000３４５６７８')).toBe('07912 345678');
    expect(asSeen('Sturminster café')).toBe('Sturminster café');
  });
});
