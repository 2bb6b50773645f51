import { cloudEventOf, EVENT_SOURCE } from './cloud-event';

describe('the CloudEvent envelope', () => {
  it('names the event by its own id, its stream as subject, and leaves its metadata home', () => {
    const event = cloudEventOf({
      id: '5b0c1a8e-95a2-4c37-8d1f-0f5f6e2f7c11',
      type: 'ArrestMade',
      data: { entryId: 'e1', count: 2 },
      metadata: { schemaVersion: 1, recordedBy: 'dorset-coordinator', correlationId: 'c' },
      streamName: 'entry-e1',
      revision: 0n,
      position: 9_007_199_254_740_993n,
      recordedAt: new Date('2026-11-23T10:00:00Z'),
    });
    expect(event).toEqual({
      specversion: '1.0',
      id: '5b0c1a8e-95a2-4c37-8d1f-0f5f6e2f7c11',
      type: 'ArrestMade',
      source: EVENT_SOURCE,
      subject: 'entry-e1',
      time: '2026-11-23T10:00:00.000Z',
      datacontenttype: 'application/json',
      dataschemaversion: 1,
      // Beyond 2^53, so a string: a JSON number would lose it.
      position: '9007199254740993',
      data: { entryId: 'e1', count: 2 },
    });
  });
});
