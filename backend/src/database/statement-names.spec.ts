import { StatementNames } from './statement-names';

describe('StatementNames', () => {
  const options = { namedFrom: 3, maxNamed: 2, maxTextLength: 40, maxCounted: 3 };

  it('names a text from its third execution on, always with the same name', () => {
    const names = new StatementNames(options);
    expect(names.nameFor('SELECT 1')).toBeUndefined();
    expect(names.nameFor('SELECT 1')).toBeUndefined();
    const name = names.nameFor('SELECT 1');
    expect(name).toEqual(expect.any(String));
    expect(names.nameFor('SELECT 1')).toBe(name);
  });

  it('gives two texts two names', () => {
    const names = new StatementNames(options);
    for (let i = 0; i < 2; i++) names.nameFor('SELECT 1');
    for (let i = 0; i < 2; i++) names.nameFor('SELECT 2');
    const [a, b] = [names.nameFor('SELECT 1'), names.nameFor('SELECT 2')];
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a).not.toBe(b);
  });

  it('leaves long texts unnamed', () => {
    const names = new StatementNames(options);
    const long = `SELECT ${'1, '.repeat(20)}1`;
    for (let i = 0; i < 5; i++) expect(names.nameFor(long)).toBeUndefined();
  });

  it('names at most maxNamed texts, and keeps the names given', () => {
    const names = new StatementNames(options);
    const named = ['SELECT 1', 'SELECT 2'].map((sql) => [0, 1, 2].map(() => names.nameFor(sql))[2]);
    for (let i = 0; i < 5; i++) expect(names.nameFor('SELECT 3')).toBeUndefined();
    expect(names.size).toBe(2);
    expect(['SELECT 1', 'SELECT 2'].map((sql) => names.nameFor(sql))).toEqual(named);
  });

  it('keeps its counts bounded: past maxCounted distinct texts, counting starts over', () => {
    const names = new StatementNames(options);
    names.nameFor('SELECT 1');
    names.nameFor('SELECT 1');
    // Three other texts seen once fill the counts: SELECT 1's two executions are forgotten.
    for (const sql of ['SELECT 2', 'SELECT 3', 'SELECT 4']) names.nameFor(sql);
    expect(names.nameFor('SELECT 1')).toBeUndefined();
  });
});
