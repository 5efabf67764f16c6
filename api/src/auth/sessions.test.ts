import { describe, expect, it } from 'vitest';
import { createSessionStore } from './sessions.ts';
import { createLoginThrottle } from './throttle.ts';

const account = {
  username: 'im.a',
  displayName: 'IM A',
  role: 'manager' as const,
  managerId: 'm-a',
  isDemo: false,
};

describe('sessions', () => {
  it('end after the idle timeout, are kept alive by use, and end at the absolute timeout regardless', () => {
    let now = 0;
    const store = createSessionStore({ idleMs: 100, absoluteMs: 250 }, () => now);
    const session = store.create(account);
    expect(session.id).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits, base64url
    now = 90;
    expect(store.get(session.id)?.username).toBe('im.a'); // touched at 90
    now = 180;
    expect(store.get(session.id)).toBeDefined(); // idle 90 < 100
    now = 260;
    expect(store.get(session.id)).toBeUndefined(); // absolute 260 > 250
    const idle = store.create(account);
    now = 361;
    expect(store.get(idle.id)).toBeUndefined(); // idle 101 > 100
    expect(store.size).toBe(0);
  });
  it('get a new id at every login and end all of a user at once', () => {
    const store = createSessionStore();
    const a = store.create(account);
    const b = store.create(account);
    expect(a.id).not.toBe(b.id);
    store.destroyAllOf('im.a');
    expect(store.get(a.id)).toBeUndefined();
    expect(store.get(b.id)).toBeUndefined();
  });
});

describe('login throttle', () => {
  it('locks a key after the allowed failures, doubles the lock, and forgets it after a success', () => {
    let now = 0;
    const throttle = createLoginThrottle(
      { maxFailures: 3, windowMs: 1000, firstLockMs: 10_000, maxLockMs: 15_000 },
      () => now,
    );
    const keys = ['user:x'];
    throttle.failed(keys);
    throttle.failed(keys);
    expect(throttle.retryAfterSeconds(keys)).toBe(0);
    throttle.failed(keys);
    expect(throttle.retryAfterSeconds(keys)).toBe(10);
    now = 10_001;
    expect(throttle.retryAfterSeconds(keys)).toBe(0);
    for (let i = 0; i < 3; i++) throttle.failed(keys);
    expect(throttle.retryAfterSeconds(keys)).toBe(15); // 20 s doubled, capped at 15 s
    throttle.succeeded(keys);
    expect(throttle.retryAfterSeconds(keys)).toBe(0);
  });
  it('counts only failures inside the window', () => {
    let now = 0;
    const throttle = createLoginThrottle(
      { maxFailures: 2, windowMs: 100, firstLockMs: 1000, maxLockMs: 1000 },
      () => now,
    );
    throttle.failed(['k']);
    now = 150;
    throttle.failed(['k']);
    expect(throttle.retryAfterSeconds(['k'])).toBe(0);
  });
});
