import { describe, expect, it } from 'vitest';
import { timestampToIso, v1 } from './index.js';

describe('int64 fields', () => {
  it('decode as plain numbers, so timestamps and event ids convert without Long objects', () => {
    const bytes = v1.FlowEvent.encode({
      id: 9_007_199_254_740_000,
      createdAt: { seconds: 1_795_000_000, nanos: 123_000_000 },
    }).finish();
    const event = v1.FlowEvent.decode(bytes);
    expect(typeof event.id).toBe('number');
    expect(event.id).toBe(9_007_199_254_740_000);
    expect(typeof event.createdAt?.seconds).toBe('number');
    expect(timestampToIso(event.createdAt)).toBe(new Date(1_795_000_000_123).toISOString());
  });
});
