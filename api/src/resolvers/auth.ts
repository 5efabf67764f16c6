// Login, logout and "who am I".
import { z } from 'zod';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { PASSWORD_MAX_LENGTH } from '../auth/passwords.ts';
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

export const authResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, ctx) => ctx.session ?? null,
  },
  Mutation: {
    async login(_parent, args, ctx) {
      const { username, password } = parseArgs(loginArgs, args);
      const session = await ctx.auth.login(username, password, ctx.clientAddress);
      ctx.startSession(session);
      return session;
    },
    logout: (_parent, _args, ctx) => ctx.endSession(),
  },
};
