import { occurredCover, recordedCover } from './rollup-cover';

describe('the rollup buckets a filter reads', () => {
  it('cover a window with its whole months and the days at its edges', () => {
    expect(occurredCover('2023-01-15', '2023-04-10')).toEqual([
      { span: 'month', from: '2023-02-01', until: '2023-04-01' },
      { span: 'day', from: '2023-01-15', until: '2023-02-01' },
      { span: 'day', from: '2023-04-01', until: '2023-04-11' },
    ]);
    expect(occurredCover('2023-01-01', '2023-06-30')).toEqual([
      { span: 'month', from: '2023-01-01', until: '2023-07-01' },
    ]);
    expect(occurredCover('2023-02-03', '2023-02-20')).toEqual([
      { span: 'day', from: '2023-02-03', until: '2023-02-21' },
    ]);
    expect(occurredCover('2024-02-29', '2024-02-29')).toEqual([
      { span: 'day', from: '2024-02-29', until: '2024-03-01' },
    ]);
  });

  it('leave an open end open', () => {
    expect(occurredCover(undefined, '2023-03-05')).toEqual([
      { span: 'month', from: undefined, until: '2023-03-01' },
      { span: 'day', from: '2023-03-01', until: '2023-03-06' },
    ]);
    expect(occurredCover('2023-12-31', undefined)).toEqual([
      { span: 'month', from: '2024-01-01', until: undefined },
      { span: 'day', from: '2023-12-31', until: '2024-01-01' },
    ]);
  });

  it('split the recorded time at asOf’s UTC hour, whatever the clocks in London do', () => {
    expect(recordedCover(new Date('2023-10-29T01:30:00+01:00'))).toEqual({
      before: [
        { span: 'month', until: '2023-10-01T00:00:00.000Z' },
        { span: 'day', from: '2023-10-01T00:00:00.000Z', until: '2023-10-29T00:00:00.000Z' },
        { span: 'hour', from: '2023-10-29T00:00:00.000Z', until: '2023-10-29T00:00:00.000Z' },
      ],
      after: [
        { span: 'hour', from: '2023-10-29T01:00:00.000Z', until: '2023-10-30T00:00:00.000Z' },
        { span: 'day', from: '2023-10-30T00:00:00.000Z', until: '2023-11-01T00:00:00.000Z' },
        { span: 'month', from: '2023-11-01T00:00:00.000Z' },
      ],
      hour: { from: '2023-10-29T00:00:00.000Z', until: '2023-10-29T01:00:00.000Z' },
    });
  });

  it('end at the end of 9999, where an edge past it is PostgreSQL’s infinity', () => {
    expect(occurredCover('0001-01-01', '9999-12-31')).toEqual([
      { span: 'month', from: '0001-01-01', until: 'infinity' },
    ]);
    // Years 0–99 are years 0–99, not 1900–1999.
    expect(occurredCover('0050-03-15', '0050-06-01')).toEqual([
      { span: 'month', from: '0050-04-01', until: '0050-06-01' },
      { span: 'day', from: '0050-03-15', until: '0050-04-01' },
      { span: 'day', from: '0050-06-01', until: '0050-06-02' },
    ]);
    const last = recordedCover(new Date('9999-12-31T23:59:59Z'));
    expect(last.hour).toEqual({ from: '9999-12-31T23:00:00.000Z', until: 'infinity' });
    expect(last.after.map((b) => b.from)).toEqual(['infinity', 'infinity', 'infinity']);
  });
});
