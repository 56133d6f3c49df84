/**
 * Names for the statements the process runs again and again, so that PostgreSQL parses and plans each of them once
 * per pooled connection instead of at every execution (Prisma's pg adapter passes the name to `pg`, which prepares
 * the statement on a connection the first time and then only binds and executes it).
 *
 * Measured (issue 13, bench/README.md): the dashboard's stats statement spent about as long in PostgreSQL's planner as
 * in its executor, every request; and `pg` itself spends half the CPU of a small unnamed query on its Parse message.
 *
 * Bounded on purpose. A prepared statement costs memory on both sides for as long as its connection lives (the
 * server keeps its parse tree and plan per session), and some SQL is generated with a shape that varies (an import's
 * multi-row inserts, a search's words, an `IN` list): such texts repeat rarely and stay unnamed. A text is named from
 * its `namedFrom`-th execution on, only if it is short enough, and at most `maxNamed` texts get a name for the life
 * of the process; counting stops at `maxCounted` distinct texts (the counts start over, the names already given
 * stay). Unnamed statements run exactly as before.
 */
export interface StatementNameOptions {
  namedFrom: number;
  maxNamed: number;
  maxTextLength: number;
  maxCounted: number;
}

export const STATEMENT_NAME_DEFAULTS: StatementNameOptions = { namedFrom: 3, maxNamed: 200, maxTextLength: 16_000, maxCounted: 2_000 };

export class StatementNames {
  private readonly names = new Map<string, string>();
  private readonly counts = new Map<string, number>();

  constructor(private readonly options: StatementNameOptions = STATEMENT_NAME_DEFAULTS) {}

  /** The statement's name, or undefined to run it unnamed (`pg`'s unnamed statement: parsed and planned each time). */
  nameFor(sql: string): string | undefined {
    const name = this.names.get(sql);
    if (name !== undefined) return name;
    if (sql.length > this.options.maxTextLength || this.names.size >= this.options.maxNamed) return undefined;
    const seen = (this.counts.get(sql) ?? 0) + 1;
    if (seen < this.options.namedFrom) {
      if (this.counts.size >= this.options.maxCounted) this.counts.clear();
      this.counts.set(sql, seen);
      return undefined;
    }
    this.counts.delete(sql);
    // Unique per text for the life of the process: `pg` refuses one name for two texts on a connection.
    const named = `tajer_${this.names.size + 1}`;
    this.names.set(sql, named);
    return named;
  }

  get size(): number {
    return this.names.size;
  }
}
