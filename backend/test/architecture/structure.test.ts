/**
 * The structure's rules, checked on the sources rather than trusted to review:
 * - no import cycle between folders of backend/src, at any depth (a folder counts with its subfolders, so a feature's
 *   subfolder may use its parent's files and the other way round; two sibling folders may not need each other);
 * - no Nest provider looked up app-wide with `moduleRef.get(…, { strict: false })`: a service a class needs is injected,
 *   so the module graph Nest checks at start is the real one;
 * - only repositories use the database: outside database/, a class given Prisma's client, the raw `pg` client of the
 *   hot statements (SqlClient), the pool or a `pg` Pool is a `…Repository`, and a file that imports one of them
 *   declares one.
 * Imports are read with the TypeScript compiler's own pre-processor (type-only imports count: they couple folders too).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve(__dirname, '../../src');

/**
 * Files several folders may import whatever their place, each with the reason and the day it goes away.
 * chat-events.ts is the chat protocol, on its way into @tajer/contract (issue 12): agent, conversations, channels and
 * openai-compat then import it from there. The test fails once the file is gone, so the exemption can't outlive it.
 */
const SHARED_FILES = ['chat/chat-events.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The file a relative specifier names (`./x` → x.ts or x/index.ts), or null when it is outside src. */
function resolve(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, path.join(base, 'index.ts')];
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  if (!found) throw new Error(`${path.relative(SRC, from)}: cannot resolve ${specifier}`);
  return found.startsWith(SRC + path.sep) ? found : null;
}

interface Edge {
  from: string;
  to: string;
  via: string;
}

/** Imports between sibling folders: from A/x/… to A/y/… gives the edge A/x → A/y; parent/child imports give none. */
function folderEdges(): Edge[] {
  const shared = new Set(SHARED_FILES.map((f) => path.join(SRC, f)));
  const edges: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = resolve(file, fileName);
      if (!target || shared.has(target)) continue;
      const a = path.relative(SRC, path.dirname(file)).split(path.sep).filter(Boolean);
      const b = path.relative(SRC, path.dirname(target)).split(path.sep).filter(Boolean);
      let common = 0;
      while (common < a.length && common < b.length && a[common] === b[common]) common++;
      if (common === a.length || common === b.length) continue;
      edges.push({
        from: a.slice(0, common + 1).join('/'),
        to: b.slice(0, common + 1).join('/'),
        via: `${path.relative(SRC, file)} → ${fileName}`,
      });
    }
  }
  return edges;
}

/** Strongly connected components of two or more folders (Tarjan). */
function cycles(edges: Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (!next.has(from)) next.set(from, new Set());
    if (!next.has(to)) next.set(to, new Set());
    next.get(from)!.add(to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** What talks to PostgreSQL: Prisma's client, the hot statements' `pg` client, the process's pool, `pg` itself. */
const DATABASE_CLIENTS = new Set(['PrismaService', 'SqlClient', 'DatabasePool', 'Pool', 'Client', 'PoolClient']);
const DATABASE_MODULES = [/(^|\/)database\/(prisma\.service|sql|database-pool)$/, /^pg$/];

/** Where a file outside database/ uses a database client without being (or holding) a repository. */
function databaseUseOutsideRepositories(file: string, text: string): string[] {
  const found: string[] = [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const classes: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isClassDeclaration(node) && node.name) {
      classes.push(node.name.text);
      const ctor = node.members.find(ts.isConstructorDeclaration);
      for (const param of ctor?.parameters ?? []) {
        const type = param.type && ts.isTypeReferenceNode(param.type) ? param.type.typeName.getText(source) : '';
        if (DATABASE_CLIENTS.has(type.split('.').pop()!) && !node.name.text.endsWith('Repository')) {
          found.push(`class ${node.name.text} is given ${type}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const imports = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  const client = imports.find((name) => DATABASE_MODULES.some((re) => re.test(name)));
  if (client && !classes.some((name) => name.endsWith('Repository'))) found.push(`imports ${client} and declares no repository`);
  return found;
}

describe('backend/src structure', () => {
  it('has no import cycle between folders', () => {
    const edges = folderEdges();
    expect(edges.length).toBeGreaterThan(100);
    const report = cycles(edges).map((component) => ({
      folders: component,
      imports: edges.filter((e) => component.includes(e.from) && component.includes(e.to)).map((e) => e.via),
    }));
    expect(report).toEqual([]);
  });

  it('finds a cycle when there is one (the checker itself)', () => {
    const made: Edge[] = [
      { from: 'a', to: 'b', via: 'a/x.ts → ../b/y' },
      { from: 'b', to: 'c', via: 'b/y.ts → ../c/z' },
      { from: 'c', to: 'a', via: 'c/z.ts → ../a/x' },
      { from: 'c', to: 'd', via: 'c/z.ts → ../d/w' },
    ];
    expect(cycles(made)).toEqual([['a', 'b', 'c']]);
  });

  it('keeps its exemptions only while their files exist', () => {
    for (const file of SHARED_FILES) expect(existsSync(path.join(SRC, file))).toBe(true);
  });

  it('looks no provider up app-wide with { strict: false }', () => {
    const offenders = sourceFiles(SRC).filter((file) => /\bstrict\s*:\s*false\b/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it('lets only repositories use the database (Prisma, the raw pg client, the pool)', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => !path.relative(SRC, file).startsWith(`database${path.sep}`))
      .flatMap((file) =>
        databaseUseOutsideRepositories(file, readFileSync(file, 'utf8')).map((why) => `${path.relative(SRC, file)}: ${why}`),
      );
    expect(offenders).toEqual([]);
  });

  it('finds a service given a database client (the checker itself)', () => {
    const service = `import { SqlClient } from '../database/sql';\nexport class StockService { constructor(private readonly sql: SqlClient) {} }`;
    expect(databaseUseOutsideRepositories('stock.service.ts', service)).toEqual([
      'class StockService is given SqlClient',
      'imports ../database/sql and declares no repository',
    ]);
    const prisma = `import { PrismaService } from '../database/prisma.service';\nexport class StockRepository { constructor(private readonly prisma: PrismaService) {} }\nexport class Stock { constructor(private readonly prisma: PrismaService) {} }`;
    expect(databaseUseOutsideRepositories('stock.ts', prisma)).toEqual(['class Stock is given PrismaService']);
    const repository = `import { Pool } from 'pg';\nexport class StockRepository { constructor(private readonly pool: Pool) {} }`;
    expect(databaseUseOutsideRepositories('stock.repository.ts', repository)).toEqual([]);
  });
});
