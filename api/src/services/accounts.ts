// Managing logins (role ADMIN): create, disable, set a password. Disabling or a new password ends every
// session of that login at once.
import {
  getAccount,
  listAccounts,
  upsertAccounts,
  type Account,
  type AccountSummary,
  type GraphEngine,
  type Role,
} from '@lotse/graph';
import { authorize, type Viewer } from '../auth/authorize.ts';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/passwords.ts';
import type { Session, SessionStore } from '../auth/sessions.ts';
import { AppError, InvalidInputError, NotFoundError, asField, deniedError } from '../errors.ts';

/** What the API shows of a login (never its hash). */
export type AccountView = Pick<
  AccountSummary,
  'username' | 'displayName' | 'role' | 'managerId' | 'isDemo' | 'disabled'
>;

export const sessionView = (s: Session): AccountView => ({
  username: s.username,
  displayName: s.displayName,
  role: s.role,
  managerId: s.managerId,
  isDemo: s.isDemo,
  disabled: false,
});

const view = (a: AccountSummary | Account): AccountView => ({
  username: a.username,
  displayName: a.displayName,
  role: a.role,
  managerId: a.managerId,
  isDemo: a.isDemo,
  disabled: a.disabled,
});

export interface AccountService {
  list(): Promise<AccountView[]>;
  create(input: {
    username: string;
    displayName: string;
    role: Role;
    managerId: string | null;
    password: string;
  }): Promise<AccountView>;
  setDisabled(username: string, disabled: boolean): Promise<AccountView>;
  setPassword(username: string, password: string): Promise<AccountView>;
}

export function checkPassword(password: string, field: string): void {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH)
    throw new InvalidInputError([
      {
        field,
        message: `${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} Zeichen / ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters`,
      },
    ]);
}

export function createAccountService(
  engine: GraphEngine,
  viewer: Viewer,
  sessions: SessionStore,
): AccountService {
  const allowed = () => {
    const decision = authorize(viewer, 'account.manage');
    if (!decision.allowed)
      throw deniedError(decision.code, 'Nur die Verwaltung pflegt Zugänge / only admins manage logins');
  };
  const existing = async (username: string) => {
    const account = await getAccount(engine, username);
    if (!account) throw new NotFoundError('Zugang / login', username);
    return account;
  };
  const save = async (account: Account, prefix: string) => {
    await asField(prefix, () => upsertAccounts(engine, [account]));
    return view(account);
  };

  return {
    async list() {
      allowed();
      return (await listAccounts(engine)).map(view);
    },
    async create(input) {
      allowed();
      checkPassword(input.password, 'input.password');
      const username = input.username.trim().toLowerCase();
      if (await getAccount(engine, username))
        throw new AppError(
          'CONFLICT',
          `Benutzername ${username} ist vergeben / username ${username} is taken`,
          {
            field: 'input.username',
          },
        );
      const { password, ...rest } = input;
      return save(
        {
          ...rest,
          username,
          passwordHash: await hashPassword(password),
          disabled: false,
          createdAt: Date.now(),
          isDemo: false,
        },
        'input',
      );
    },
    async setDisabled(username, disabled) {
      allowed();
      const account = await existing(username);
      const saved = await save({ ...account, disabled }, 'username');
      if (disabled) sessions.destroyAllOf(account.username);
      return saved;
    },
    async setPassword(username, password) {
      allowed();
      checkPassword(password, 'password');
      const account = await existing(username);
      const saved = await save({ ...account, passwordHash: await hashPassword(password) }, 'username');
      sessions.destroyAllOf(account.username);
      return saved;
    },
  };
}
