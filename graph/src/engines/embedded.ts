// Embedded adapter: Kùzu in-process, one database file under ./data/ by default.
// Kùzu admits one write transaction at a time, and a write's checkpoint waits for every open read,
// so a fair readers–writer lock lets reads run side by side on their own connections while a write
// (or a transaction) runs alone on the writer connection.
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import kuzu from 'kuzu';
import type { GraphBatchSession, GraphEngine, GraphSession, Params, Row } from '../engine.ts';
import { GraphEngineError } from '../errors.ts';

export interface EmbeddedConfig {
  /** Database file; its folder is created on first start. */
  path: string;
  /** Connections used for reads (writes always use one more). */
  readers?: number;
  /** Page cache of the engine. Kùzu's own default is 80 % of the machine's memory. */
  bufferPoolBytes?: number;
}

export const DEFAULT_BUFFER_POOL_BYTES = 512 * 1024 * 1024;

type KuzuConnection = InstanceType<typeof kuzu.Connection>;
type KuzuPrepared = Awaited<ReturnType<KuzuConnection['prepare']>>;

/** Runs tasks one after another. */
class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** First come, first served; consecutive readers at the head of the line are admitted together. */
export class ReadWriteLock {
  private readers = 0;
  private writing = false;
  private readonly waiting: { exclusive: boolean; admit: () => void }[] = [];

  async run<T>(exclusive: boolean, task: () => Promise<T>): Promise<T> {
    await new Promise<void>((admit) => {
      this.waiting.push({ exclusive, admit });
      this.drain();
    });
    try {
      return await task();
    } finally {
      if (exclusive) this.writing = false;
      else this.readers--;
      this.drain();
    }
  }

  private drain() {
    while (this.waiting.length && !this.writing) {
      const head = this.waiting[0]!;
      if (head.exclusive) {
        if (this.readers > 0) return;
        this.writing = true;
      } else this.readers++;
      this.waiting.shift();
      head.admit();
    }
  }
}

class Channel {
  private readonly prepared = new Map<string, KuzuPrepared>();
  readonly queue = new SerialQueue();
  constructor(readonly connection: KuzuConnection) {}

  /** Executes without queueing: callers hold the queue. */
  async execute(query: string, params: Params = {}): Promise<Row[]> {
    try {
      let statement = this.prepared.get(query);
      if (!statement) {
        statement = await this.connection.prepare(query);
        if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
        // Transaction control statements are cheap and must not be cached with state.
        if (!/^\s*(BEGIN|COMMIT|ROLLBACK)/i.test(query)) this.prepared.set(query, statement);
      }
      const result = await this.connection.execute(statement, toKuzuParams(params) as Record<string, never>);
      const last = Array.isArray(result) ? result[result.length - 1] : result;
      if (!last) return [];
      const rows = last.getAllSync();
      last.close();
      return rows.map((row) => toPlain(row) as Row);
    } catch (error) {
      throw new GraphEngineError(
        `Eingebettete Datenbank: Abfrage fehlgeschlagen / embedded engine: query failed: ${(error as Error).message}`,
        'EMBEDDED_QUERY_FAILED',
        { cause: error },
      );
    }
  }
}

/**
 * Kùzu cannot infer the element type of an empty list parameter and rejects it against a STRING[]
 * column, so empty lists travel as null; read mappers turn a null list back into [].
 */
function toKuzuParams(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(toKuzuParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toKuzuParams(v);
    return out;
  }
  return value;
}

/** Kùzu returns INT64 as number or bigint; nothing above the adapter should see bigint unless it must. */
function toPlain(value: unknown): unknown {
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value;
  }
  if (value instanceof Date) return value.getTime();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

export async function openEmbedded(config: EmbeddedConfig): Promise<GraphEngine> {
  const path = resolve(config.path);
  mkdirSync(dirname(path), { recursive: true });
  const database = new kuzu.Database(path, config.bufferPoolBytes ?? DEFAULT_BUFFER_POOL_BYTES);
  try {
    await database.init();
  } catch (error) {
    throw new GraphEngineError(
      `Eingebettete Datenbank ${path} lässt sich nicht öffnen (läuft Lotse schon?) / cannot open embedded database ${path} (is Lotse already running?): ${(error as Error).message}`,
      'EMBEDDED_OPEN_FAILED',
      { cause: error },
    );
  }
  const writer = new Channel(new kuzu.Connection(database));
  const readers = Array.from(
    { length: Math.max(1, config.readers ?? 2) },
    () => new Channel(new kuzu.Connection(database)),
  );
  const lock = new ReadWriteLock();
  let next = 0;
  let closed = false;

  // Set while an exclusive section runs, so a call on the engine from inside it fails loudly
  // instead of waiting forever for the lock its own caller holds.
  const exclusiveSection = new AsyncLocalStorage<true>();
  const ensureUsable = () => {
    if (closed) throw new GraphEngineError('Datenbank ist geschlossen / engine is closed', 'ENGINE_CLOSED');
    if (exclusiveSection.getStore())
      throw new GraphEngineError(
        'Verschachtelter Datenbankzugriff: innerhalb einer Transaktion nur deren Sitzung verwenden / ' +
          'nested engine call: inside a transaction or batch use the session it passes',
        'NESTED_ENGINE_CALL',
      );
  };
  const exclusive = <T>(work: () => Promise<T>) => lock.run(true, () => exclusiveSection.run(true, work));
  const direct: GraphSession = {
    read: <R extends Row = Row>(q: string, p?: Params) => writer.execute(q, p) as Promise<R[]>,
    write: <R extends Row = Row>(q: string, p?: Params) => writer.execute(q, p) as Promise<R[]>,
  };
  // A COPY inside an explicit transaction followed by ROLLBACK lost earlier rows (ADR 0002): refuse it.
  const inTransaction: GraphSession = {
    read: direct.read,
    write: <R extends Row = Row>(q: string, p?: Params) => {
      if (/^\s*COPY\b/i.test(q))
        throw new GraphEngineError(
          'COPY ist in einer Transaktion nicht erlaubt / COPY not allowed in a transaction',
          'COPY_IN_TRANSACTION',
        );
      return direct.write<R>(q, p);
    },
  };
  const runTransaction = async <T>(work: (tx: GraphSession) => Promise<T>): Promise<T> => {
    await writer.execute('BEGIN TRANSACTION');
    try {
      const result = await work(inTransaction);
      await writer.execute('COMMIT');
      return result;
    } catch (error) {
      await writer.execute('ROLLBACK').catch(() => undefined);
      throw error;
    }
  };

  const engine: GraphEngine = {
    dialect: 'embedded',
    description: `embedded (Kùzu ${kuzu.VERSION}) at ${path}`,
    async read<T extends Row = Row>(query: string, params?: Params) {
      ensureUsable();
      const channel = readers[next++ % readers.length]!;
      return lock.run(false, () => channel.queue.run(() => channel.execute(query, params))) as Promise<T[]>;
    },
    async write<T extends Row = Row>(query: string, params?: Params) {
      ensureUsable();
      return exclusive(() => writer.execute(query, params)) as Promise<T[]>;
    },
    async transaction<T>(work: (tx: GraphSession) => Promise<T>): Promise<T> {
      ensureUsable();
      return exclusive(() => runTransaction(work));
    },
    async batch<T>(work: (session: GraphBatchSession) => Promise<T>): Promise<T> {
      ensureUsable();
      return exclusive(() => work({ ...direct, transaction: runTransaction }));
    },
    async close() {
      if (closed) return;
      closed = true;
      await lock.run(true, async () => undefined);
      for (const channel of [writer, ...readers]) await channel.connection.close();
      await database.close();
    },
  };
  return engine;
}
