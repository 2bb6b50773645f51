import { InvalidInput, RuleViolated } from '@ros/domain';
import { assertForceOfOperation, parsePublishInput } from './publication-scope';

const refusal = (body: unknown): string[] => {
  try {
    parsePublishInput(body);
  } catch (error) {
    if (error instanceof InvalidInput) return error.messages;
    throw error;
  }
  throw new Error('accepted');
};

describe('what to publish', () => {
  it.each([
    ['a list', []],
    ['a list of scopes', [{ force: 'dorset' }]],
    ['null', null],
    ['text', 'dorset'],
    ['a number', 1],
  ])('refuses a scope that is %s: a scope is an object, or left out', (_, scope) => {
    expect(refusal({ title: 't', scope })).toEqual(['scope must be an object']);
  });

  it('takes a scope left out, or empty, as the whole collaboration summary', () => {
    expect(parsePublishInput({ title: 't' })).toEqual({ title: 't', scope: {} });
    expect(parsePublishInput({ title: 't', scope: {} })).toEqual({ title: 't', scope: {} });
  });
});

describe('a scope’s force', () => {
  const viper = {
    id: 'viper',
    name: 'Operation Viper',
    scope: 'force',
    forces: ['dorset'],
    phases: [],
  };

  it('must be one of its operation’s forces (422 force-not-in-operation), not publish zeros', () => {
    expect(() => assertForceOfOperation({ operation: 'viper', force: 'wiltshire' }, viper)).toThrow(
      new RuleViolated(
        'force-not-in-operation',
        "wiltshire is not one of the forces of operation 'viper'",
      ),
    );
  });

  it('may be any force without an operation, and any of the operation’s with one', () => {
    expect(() => assertForceOfOperation({ force: 'wiltshire' })).not.toThrow();
    expect(() =>
      assertForceOfOperation({ operation: 'viper', force: 'dorset' }, viper),
    ).not.toThrow();
    expect(() => assertForceOfOperation({ operation: 'viper' }, viper)).not.toThrow();
  });
});
