// Cursor pagination (Relay-style connections) over offset pages. Cursors are opaque to clients;
// inside they carry the position of the edge, so the order of the underlying list must be stable.
import { z } from 'zod';

const prefix = 'o:';

export function encodeCursor(position: number): string {
  return Buffer.from(`${prefix}${position}`, 'utf8').toString('base64url');
}

/** Parses an `after` cursor into the offset of the first item after it. */
export const afterCursor = z
  .string()
  .max(64)
  .transform((cursor, ctx) => {
    const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
    const position = decoded.startsWith(prefix) ? Number(decoded.slice(prefix.length)) : Number.NaN;
    if (!Number.isSafeInteger(position) || position < 0) {
      ctx.addIssue({ code: 'custom', message: 'Ungültiger Cursor / invalid cursor' });
      return z.NEVER;
    }
    return position + 1;
  });

export const pageSize = (max: number) =>
  z.number().int().min(1, `mindestens 1 / at least 1`).max(max, `höchstens ${max} / at most ${max}`);

export interface Connection<Node> {
  edges: Array<{ cursor: string; node: Node }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export function toConnection<Node>(page: { items: Node[]; total: number; offset: number }): Connection<Node> {
  const edges = page.items.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.offset + page.items.length < page.total,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.total,
  };
}
