/**
 * The CI/CD workflow, parsed: the four jobs of the deployment guide with the right dependencies, tests against a
 * PostgreSQL service, deployment only from a push to main with exactly the four documented secrets, migrations
 * awaited before the rollout, and names that agree with the Kubernetes manifests and package.json scripts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

const ROOT = path.resolve(__dirname, '../../..');
const FILE = path.join(ROOT, '.github/workflows/ci-cd.yml');
const text = readFileSync(FILE, 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  if?: string;
}
interface Job {
  name?: string;
  needs?: string | string[];
  if?: string;
  'runs-on': string;
  container?: string;
  services?: Record<string, { image: string; env?: Record<string, string>; ports?: string[]; options?: string }>;
  env?: Record<string, string>;
  steps: Step[];
}
const workflow = parse(text) as { on: Record<string, { branches?: string[] } | null>; jobs: Record<string, Job> };
const jobs = workflow.jobs;
const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');

function manifest(file: string): { metadata: { name: string; labels?: Record<string, string> } } {
  const [doc] = parseAllDocuments(readFileSync(path.join(ROOT, 'kubernetes', file), 'utf8'));
  return doc.toJS();
}

/** The Debian packages .ci/run installs. */
function ciPackages(): string[] {
  const match = /pkgs=\(([^)]*)\)/.exec(readFileSync(path.join(ROOT, '.ci/run'), 'utf8'));
  return match![1].split(/\s+/).filter(Boolean);
}

describe('.github/workflows/ci-cd.yml', () => {
  it('runs on pushes to main and on pull requests, with the four jobs', () => {
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.on).toHaveProperty('pull_request');
    expect(Object.keys(jobs).sort()).toEqual(['build-and-test-frontend', 'deploy', 'lint', 'test']);
  });

  it('deploys only after every other job passed, and only for a push to main', () => {
    expect([jobs.deploy.needs].flat().sort()).toEqual(['build-and-test-frontend', 'lint', 'test']);
    expect(jobs.deploy.if).toContain("github.ref == 'refs/heads/main'");
    expect(jobs.deploy.if).toContain("github.event_name == 'push'");
    for (const name of ['test', 'lint', 'build-and-test-frontend']) expect(jobs[name].if).toBeUndefined();
  });

  it('uses exactly the four secrets of the deployment guide, in the deploy job only', () => {
    const used = new Set([...text.matchAll(/secrets\.([A-Za-z0-9_]+)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(['DIGITALOCEAN_ACCESS_TOKEN', 'DIGITALOCEAN_CLUSTER_NAME', 'DOCKER_PASSWORD', 'DOCKER_USERNAME']);
    for (const name of ['test', 'lint', 'build-and-test-frontend']) expect(JSON.stringify(jobs[name])).not.toContain('secrets.');
  });

  it('pins every action by major version', () => {
    const uses = Object.values(jobs).flatMap((j) => j.steps.map((s) => s.uses).filter((u): u is string => !!u));
    expect(uses.length).toBeGreaterThan(5);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
  });

  it('test job: a healthy postgres service that TEST_DATABASE_URL points at, redis, the CI packages, npm ci and npm test', () => {
    const { services, env } = jobs.test;
    const postgres = services!.postgres;
    expect(postgres.image).toBe('postgres:16');
    expect(postgres.options).toMatch(/--health-cmd "pg_isready/);
    expect(services!.redis.image).toMatch(/^redis:/);
    const url = new URL(env!.TEST_DATABASE_URL);
    expect(url.username).toBe(postgres.env!.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(postgres.env!.POSTGRES_PASSWORD);
    expect(postgres.ports).toContain(`${url.port}:5432`);
    expect(url.hostname).toBe('localhost');

    const script = runs(jobs.test);
    // Everything .ci/run installs except the browser, which only the frontend job needs.
    for (const pkg of ciPackages().filter((p) => p !== 'chromium')) expect(script).toContain(pkg);
    expect(script).toMatch(/^npm ci\b/m);
    expect(script).toMatch(/^npm test$/m);
  });

  it('lint job runs npm run lint, which runs ESLint and Prettier', () => {
    expect(runs(jobs.lint)).toMatch(/^npm run lint$/m);
    const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.lint).toMatch(/^eslint \. && prettier --check /);
  });

  it('frontend job builds, runs the unit tests and the browser tests with Debian chromium', () => {
    const job = jobs['build-and-test-frontend'];
    expect(job.container).toMatch(/^node:20-bookworm/);
    const script = runs(job);
    expect(script).toMatch(/apt-get install .*\bchromium\b/);
    expect(script).toContain('npm run build');
    expect(script).toContain('npm test -w chat-ui');
    expect(script).toContain('npm run test:e2e -w chat-ui');
    const chatUi = JSON.parse(readFileSync(path.join(ROOT, 'chat-ui/package.json'), 'utf8')).scripts;
    expect(chatUi).toHaveProperty('test');
    expect(chatUi).toHaveProperty('test:e2e');
  });

  it('deploy job: pushes the image tagged with the commit, gets the kubeconfig with doctl, migrates, then rolls out', () => {
    const job = jobs.deploy;
    const uses = job.steps.map((s) => s.uses ?? '');
    expect(uses).toEqual(
      expect.arrayContaining([expect.stringMatching(/^docker\/login-action@/), expect.stringMatching(/^docker\/build-push-action@/)]),
    );
    const login = job.steps.find((s) => s.uses?.startsWith('docker/login-action'))!;
    expect(login.with).toEqual({ username: '${{ secrets.DOCKER_USERNAME }}', password: '${{ secrets.DOCKER_PASSWORD }}' });
    const push = job.steps.find((s) => s.uses?.startsWith('docker/build-push-action'))!;
    expect(push.with!.push).toBe(true);
    expect(String(push.with!.tags)).toContain('${{ github.sha }}');
    const doctl = job.steps.find((s) => s.uses?.startsWith('digitalocean/action-doctl'))!;
    expect(doctl.with).toEqual({ token: '${{ secrets.DIGITALOCEAN_ACCESS_TOKEN }}' });

    const script = runs(job);
    expect(script).toContain('doctl kubernetes cluster kubeconfig save');
    expect(script).toContain('${{ secrets.DIGITALOCEAN_CLUSTER_NAME }}');
    expect(script).toMatch(/newTag:.*\$\{GITHUB_SHA\}/);

    // Names and labels agree with the manifests.
    const migrate = manifest('migration-job.yaml');
    const backend = manifest('backend-deployment.yaml');
    const migrateApply = script.indexOf(`app.kubernetes.io/component=${migrate.metadata.labels!['app.kubernetes.io/component']}`);
    const wait = script.indexOf(`kubectl -n tajer wait --for=condition=complete job/${migrate.metadata.name}`);
    const backendApply = script.indexOf(`app.kubernetes.io/component=${backend.metadata.labels!['app.kubernetes.io/component']}`);
    const rollout = script.indexOf(`rollout status deployment/${backend.metadata.name}`);
    for (const at of [migrateApply, wait, backendApply, rollout]) expect(at).toBeGreaterThan(-1);
    // Migrate and wait for it before the new pods are created, then wait for the rollout.
    expect(migrateApply).toBeLessThan(wait);
    expect(wait).toBeLessThan(backendApply);
    expect(backendApply).toBeLessThan(rollout);
    // The previous Job is deleted first (a Job's pod template cannot be changed in place).
    expect(script.indexOf(`delete job ${migrate.metadata.name}`)).toBeLessThan(migrateApply);
  });
});
