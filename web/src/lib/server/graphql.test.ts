import { describe, expect, it } from 'vitest';
import { GraphqlRequestError, formRefusal } from '$lib/server/graphql';

const refusedWith = (code: string, extensions: Record<string, unknown> = {}, message = 'Nein / no') =>
  new GraphqlRequestError(message, 'errors', 200, [{ message, extensions: { code, ...extensions } }]);

describe('a refused change as a form answers it', () => {
  const fields = { 'input.at': 'date', 'input.to.id': 'to' };

  it("names the form's field for the API's path, with the API's reason for that field", () => {
    const cause = refusedWith(
      'BAD_USER_INPUT',
      {
        field: 'input.at',
        issues: [
          { field: 'input.at', message: 'liegt in der Zukunft / is in the future' },
          { field: 'input.topic', message: 'zu lang / too long' },
        ],
      },
      'Ungültige Eingabe / invalid input: input.at: liegt in der Zukunft / is in the future',
    );
    expect(formRefusal(cause, fields)).toEqual({
      status: 400,
      refusal: { problem: 'input', field: 'date', reason: 'liegt in der Zukunft / is in the future' },
    });
  });

  it("has no field for a path the form does not have, and then gives the API's whole message", () => {
    const cause = refusedWith(
      'BAD_USER_INPUT',
      { field: 'input.channel' },
      'Ungültige Eingabe / invalid input',
    );
    expect(formRefusal(cause, fields)).toEqual({
      status: 400,
      refusal: { problem: 'input', field: null, reason: 'Ungültige Eingabe / invalid input' },
    });
  });

  it('says forbidden, log in again or unavailable without the API’s words', () => {
    expect(formRefusal(refusedWith('FORBIDDEN'), fields)).toEqual({
      status: 403,
      refusal: { problem: 'forbidden', field: null, reason: '' },
    });
    expect(formRefusal(refusedWith('UNAUTHENTICATED'), fields).refusal.problem).toBe('login');
    const down = new GraphqlRequestError('API nicht erreichbar / API unreachable', 'unreachable', 0);
    expect(formRefusal(down, fields)).toEqual({
      status: 503,
      refusal: { problem: 'unavailable', field: null, reason: '' },
    });
  });

  it('rethrows what is not an API error', () => {
    const bug = new TypeError('a bug');
    expect(() => formRefusal(bug, fields)).toThrow(bug);
  });
});
