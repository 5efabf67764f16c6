// Login, logout and "who am I".
import { z } from 'zod';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { ROLES } from '@lotse/graph';
import { PASSWORD_MAX_LENGTH } from '../auth/passwords.ts';
import { sessionView } from '../services/accounts.ts';
import { parseArgs } from './validate.ts';

const loginArgs = z.strictObject({
  username: z.string().trim().min(1, 'darf nicht leer sein / must not be empty').max(64),
  password: z
    .string()
    .min(1, 'darf nicht leer sein / must not be empty')
    .max(
      PASSWORD_MAX_LENGTH,
      `höchstens ${PASSWORD_MAX_LENGTH} Zeichen / at most ${PASSWORD_MAX_LENGTH} characters`,
    ),
});

const accountArgs = z.strictObject({
  input: z.strictObject({
    username: z.string().max(64),
    displayName: z.string().trim().min(1, 'darf nicht leer sein / must not be empty').max(200),
    role: z.enum(ROLES),
    managerId: z.string().max(100).nullish(),
    password: z.string(),
  }),
});
const disableArgs = z.strictObject({ username: z.string().trim().min(1).max(64), disabled: z.boolean() });
const passwordArgs = z.strictObject({ username: z.string().trim().min(1).max(64), password: z.string() });

export const authResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, ctx) => (ctx.session ? sessionView(ctx.session) : null),
    accounts: (_parent, _args, ctx) => ctx.accounts.list(),
  },
  Mutation: {
    async login(_parent, args, ctx) {
      const { username, password } = parseArgs(loginArgs, args);
      const session = await ctx.auth.login(username, password, ctx.clientAddress);
      ctx.startSession(session);
      return sessionView(session);
    },
    logout: (_parent, _args, ctx) => ctx.endSession(),
    createAccount(_parent, args, ctx) {
      const { input } = parseArgs(accountArgs, args);
      return ctx.accounts.create({ ...input, managerId: input.managerId ?? null });
    },
    setAccountDisabled(_parent, args, ctx) {
      const { username, disabled } = parseArgs(disableArgs, args);
      return ctx.accounts.setDisabled(username, disabled);
    },
    setPassword(_parent, args, ctx) {
      const { username, password } = parseArgs(passwordArgs, args);
      return ctx.accounts.setPassword(username, password);
    },
  },
};
