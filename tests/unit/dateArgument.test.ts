import { describe, expect, it } from 'vitest';
import { parseDateArgument } from '../../src/graphql/errors.js';

describe('parseDateArgument', () => {
  it('passes real dates and defaults missing ones', () => {
    expect(parseDateArgument('2024-02-29', 'asOf', 'x')).toBe('2024-02-29');
    expect(parseDateArgument(undefined, 'asOf', '2025-01-01')).toBe('2025-01-01');
    expect(parseDateArgument(null, 'asOf', '2025-01-01')).toBe('2025-01-01');
  });

  it.each(['2023-02-29', '2023-13-01', '2023-1-1', 'yesterday', '2023-01-01T00:00:00Z', ''])(
    'rejects %j as BAD_USER_INPUT naming it',
    (value) => {
      try {
        parseDateArgument(value, 'asOf', '2025-01-01');
        expect.unreachable();
      } catch (error) {
        const e = error as { message: string; extensions: { code: string } };
        expect(e.extensions.code).toBe('BAD_USER_INPUT');
        expect(e.message).toContain(`"${value}"`);
        expect(e.message).toContain('asOf');
      }
    },
  );
});
