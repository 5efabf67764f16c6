// Reachability check for /readyz: one trivial read.
import type { GraphEngine } from '../engine.ts';

export const pingCypher = 'RETURN 1 AS ok';

export async function ping(engine: GraphEngine): Promise<boolean> {
  const [row] = await engine.read<{ ok: number }>(pingCypher);
  return row?.ok === 1;
}
