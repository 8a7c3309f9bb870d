import type { ProfileFailure } from '../profile/profile-error';
import { adminProblemOf } from './admin-problem';

const failure = (status: number, code: string | null): ProfileFailure => ({
  status,
  code,
  fields: {},
  reason: null,
});

describe('adminProblemOf', () => {
  it('names the conflicts of the admin API', () => {
    expect(adminProblemOf(failure(409, 'EMAIL_TAKEN'))).toBe('emailTaken');
    expect(adminProblemOf(failure(409, 'SELF_CHANGE_FORBIDDEN'))).toBe('selfChange');
    expect(adminProblemOf(failure(409, 'LAST_ADMIN'))).toBe('lastAdmin');
    expect(adminProblemOf(failure(409, 'ACCOUNT_ERASED'))).toBe('erased');
  });

  it('falls back on the status when the code is unknown', () => {
    expect(adminProblemOf(failure(0, null))).toBe('network');
    expect(adminProblemOf(failure(404, null))).toBe('notFound');
    expect(adminProblemOf(failure(403, 'CSRF_TOKEN_INVALID'))).toBe('forbidden');
    expect(adminProblemOf(failure(500, 'INTERNAL_ERROR'))).toBe('unexpected');
    expect(adminProblemOf(failure(409, 'toString'))).toBe('unexpected');
  });
});
