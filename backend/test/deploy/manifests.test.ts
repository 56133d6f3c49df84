/**
 * The Kubernetes manifests, read as the cluster would: every YAML document under kubernetes/ is parsed and checked for
 * what production depends on (probes on the real health routes, non-root, rollout safety, autoscaling, WebSocket
 * ingress, migrations before rollout, alerts of the deployment guide) and for consistency with the app itself: every
 * variable the config schema reads is provided, and the metrics the alerts use are the ones the app exports.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { loadConfig } from '../../src/config/app-config';
import { configSchema } from '../../src/config/config.schema';
import { createAttachmentStorage } from '../../src/attachments/attachments.module';

const ROOT = path.resolve(__dirname, '../../..');
const K8S = path.join(ROOT, 'kubernetes');
const NAMESPACE = 'tajer';

/** Variables the app reads that the cluster deliberately leaves unset, and why. */
const INTENTIONALLY_UNSET: Record<string, string> = {
  LOG_DIR: 'containers log JSON to stdout for the cluster log agent; no files on a read-only root filesystem',
  PLUGINS_DIR: 'the image carries no extra plugin tools; mount a volume and set it to add some',
  MCP_SERVERS: 'no MCP server is deployed beside the app; set it when one is',
  CLOCK_NOW: 'tests only: production runs on the real clock (the config refuses it there)',
  OCR_TESSDATA_DIRS:
    'the image carries no system tessdata (OCR_ARABIC_MODEL is ara, from npm); set it where a mounted one holds Arabic.traineddata',
  UPLOADS_DIR: 'uploads are in the S3 bucket (DigitalOcean Spaces, S3_* in the Secret); the folder is the single-instance default',
};

/** A parsed manifest: the fields every object has, and the kind-specific rest walked freely by the checks. */
type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec, data, stringData… differ per kind
  [key: string]: any;
};

interface Doc {
  file: string;
  obj: K8sObject;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

function loadDocs(): Doc[] {
  const docs: Doc[] = [];
  for (const file of yamlFiles(K8S)) {
    for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
      if (doc.errors.length) throw new Error(`${path.relative(ROOT, file)}: ${doc.errors.map((e) => e.message).join('; ')}`);
      const obj = doc.toJS() as K8sObject | null;
      if (obj) docs.push({ file: path.relative(K8S, file), obj });
    }
  }
  return docs;
}

const docs = loadDocs();
const objects = docs.map((d) => d.obj).filter((o) => o.kind !== 'Kustomization');

function find(kind: string, name: string): K8sObject {
  const found = objects.filter((o) => o.kind === kind && o.metadata.name === name);
  if (found.length !== 1) throw new Error(`expected one ${kind}/${name}, found ${found.length}`);
  return found[0];
}

function matches(selector: Record<string, string>, labels: Record<string, string> | undefined): boolean {
  return Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

const deployment = find('Deployment', 'tajer-backend');
const pod = deployment.spec.template;
const container = pod.spec.containers.find((c: { name: string }) => c.name === 'backend');
const configMap = find('ConfigMap', 'tajer-config');
const secretExample = find('Secret', 'tajer-secrets');
const service = find('Service', 'tajer-backend');

function containerPort(ref: string | number): number {
  if (typeof ref === 'number') return ref;
  const port = container.ports.find((p: { name: string }) => p.name === ref);
  if (!port) throw new Error(`no container port named ${ref}`);
  return port.containerPort;
}

describe('kubernetes/ manifests', () => {
  it('parse, and every object has apiVersion, kind, name and the tajer namespace', () => {
    expect(objects.length).toBeGreaterThan(10);
    for (const o of objects) {
      expect(typeof o.apiVersion).toBe('string');
      expect(typeof o.kind).toBe('string');
      expect(o.metadata?.name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
      if (o.kind !== 'Namespace')
        expect({ kind: o.kind, name: o.metadata.name, namespace: o.metadata.namespace }).toMatchObject({ namespace: NAMESPACE });
    }
    expect(find('Namespace', NAMESPACE).apiVersion).toBe('v1');
  });

  it('kustomization.yaml lists every manifest except the secret examples and the dev database, and sets the image', () => {
    const kustomization = docs.find((d) => d.file === 'kustomization.yaml')!.obj;
    expect(kustomization).toMatchObject({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', namespace: NAMESPACE });
    const listed = (kustomization.resources as string[]).slice().sort();
    for (const file of listed) expect(existsSync(path.join(K8S, file))).toBe(true);
    const topLevel = readdirSync(K8S).filter((f) => /\.ya?ml$/.test(f) && f !== 'kustomization.yaml');
    expect(listed).toEqual(topLevel.filter((f) => !f.endsWith('.example.yaml')).sort());
    expect(listed.some((f) => f.includes('example') || f.startsWith('dev/'))).toBe(false);
    expect(kustomization.images).toEqual([expect.objectContaining({ name: container.image.split(':')[0] })]);
  });

  it('secret examples hold placeholders only', () => {
    for (const secret of objects.filter((o) => o.kind === 'Secret')) {
      expect(secret.data).toBeUndefined();
      for (const [key, value] of Object.entries(secret.stringData as Record<string, string>)) {
        expect({ key, value }).toEqual({ key, value: expect.stringMatching(/<[^>]+>/) });
      }
    }
    expect(docs.filter((d) => d.obj.kind === 'Secret').every((d) => d.file.endsWith('.example.yaml'))).toBe(true);
  });

  it('the ConfigMap and the Secret provide every variable the app reads, and nothing it does not', () => {
    const read = Object.keys(configSchema.shape).sort();
    const fromConfigMap = Object.keys(configMap.data);
    const fromSecret = Object.keys(secretExample.stringData);
    expect(fromConfigMap.filter((k) => fromSecret.includes(k))).toEqual([]);
    const provided = [...fromConfigMap, ...fromSecret, ...Object.keys(INTENTIONALLY_UNSET)].sort();
    expect(provided).toEqual(read);
    for (const key of ['OPENAI_API_KEY', 'SECRET_KEY', 'SENTRY_DSN', 'DATABASE_URL', 'SMTP_URL']) expect(fromSecret).toContain(key);
  });

  it('.env.example documents every variable the app reads', () => {
    const documented = readFileSync(path.join(ROOT, '.env.example'), 'utf8')
      .split('\n')
      .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
      .filter((k): k is string => !!k)
      .sort();
    expect(documented).toEqual(Object.keys(configSchema.shape).sort());
  });

  it('the ConfigMap is a valid production configuration once the secrets are filled in', async () => {
    const spaces = {
      S3_BUCKET: 'tajer-uploads',
      S3_ENDPOINT: 'https://fra1.digitaloceanspaces.com',
      S3_ACCESS_KEY_ID: 'DO00EXAMPLE',
      S3_SECRET_ACCESS_KEY: 's'.repeat(40),
    };
    const env = { ...(configMap.data as Record<string, string>), SECRET_KEY: 'k'.repeat(64), OPENAI_API_KEY: 'sk-placeholder', ...spaces };
    const config = loadConfig(env);
    expect(config).toMatchObject({ ENVIRONMENT: 'production', PORT: 3000, embeddedDatabase: true, seedDemo: false });
    // Uploads go to the Space, every replica alike.
    expect((await createAttachmentStorage(config)).location).toBe('s3:tajer-uploads');
    // DATA_DIR is the volume the Deployment mounts.
    expect(container.volumeMounts).toContainEqual(expect.objectContaining({ mountPath: configMap.data.DATA_DIR }));
    expect(containerPort('http')).toBe(config.PORT);
  });

  describe('backend Deployment', () => {
    it('runs 2+ replicas, rolls out without losing capacity and drains connections on stop', () => {
      expect(deployment.apiVersion).toBe('apps/v1');
      expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
      expect(deployment.spec.strategy).toMatchObject({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0 } });
      expect(matches(deployment.spec.selector.matchLabels, pod.metadata.labels)).toBe(true);
      const preStop = container.lifecycle.preStop.exec.command as string[];
      expect(preStop[0]).toBe('sleep');
      // The grace period covers the preStop pause plus the app's own 20 s drain (main.ts).
      expect(pod.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(Number(preStop[1]) + 20);
    });

    it('probes the health routes on the app port: liveness /api/health, readiness /api/health/ready, and a startup probe', () => {
      expect(container.livenessProbe.httpGet.path).toBe('/api/health');
      expect(container.readinessProbe.httpGet.path).toBe('/api/health/ready');
      expect(container.startupProbe.httpGet.path).toBe('/api/health');
      for (const probe of [container.livenessProbe, container.readinessProbe, container.startupProbe]) {
        expect(containerPort(probe.httpGet.port)).toBe(3000);
      }
      // Those routes exist in the app.
      const health = readFileSync(path.join(ROOT, 'backend/src/health/health.controller.ts'), 'utf8');
      expect(health).toMatch(/@Controller\('health'\)/);
      expect(health).toMatch(/@Get\('ready'\)/);
    });

    it('takes its configuration from the ConfigMap and the Secret, and sets CPU and memory requests and limits', () => {
      expect(container.envFrom).toEqual(
        expect.arrayContaining([{ configMapRef: { name: configMap.metadata.name } }, { secretRef: { name: secretExample.metadata.name } }]),
      );
      expect(container.env).toContainEqual(expect.objectContaining({ name: 'LOG_LEVEL' }));
      for (const kind of ['requests', 'limits']) {
        expect(container.resources[kind]).toEqual({ cpu: expect.anything(), memory: expect.anything() });
      }
    });

    it('runs as a non-root user with a read-only root filesystem, /tmp and DATA_DIR on per-pod volumes', () => {
      expect(pod.spec.securityContext).toMatchObject({ runAsNonRoot: true });
      expect(pod.spec.securityContext.runAsUser).toBeGreaterThan(0);
      expect(container.securityContext).toMatchObject({
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
        capabilities: { drop: ['ALL'] },
      });
      const volumes = new Map<string, Record<string, unknown>>(pod.spec.volumes.map((v: { name: string }) => [v.name, v]));
      const mount = (at: string) => container.volumeMounts.find((m: { mountPath: string }) => m.mountPath === at);
      expect(volumes.get(mount('/tmp').name)).toHaveProperty('emptyDir');
      // Nothing shared on disk: uploads are in object storage, so no ReadWriteMany volume (DigitalOcean has none).
      expect(volumes.get(mount(configMap.data.DATA_DIR).name)).toHaveProperty('emptyDir');
      expect(objects.filter((o) => o.kind === 'PersistentVolumeClaim' && o.spec.accessModes.includes('ReadWriteMany'))).toEqual([]);
    });

    it('stores uploads in Spaces, with the bucket and its key required from the Secret', () => {
      for (const key of ['S3_BUCKET', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']) {
        // Not optional: a Secret without them stops the rollout rather than starting replicas on their own disks.
        expect(container.env).toContainEqual({ name: key, valueFrom: { secretKeyRef: { name: secretExample.metadata.name, key } } });
        expect(Object.keys(secretExample.stringData)).toContain(key);
      }
      expect(secretExample.stringData.S3_ENDPOINT).toMatch(/digitaloceanspaces\.com$/);
      expect(configMap.data.UPLOADS_DIR).toBeUndefined();
    });
  });

  it('the Service, HPA and PDB all select the backend pods', () => {
    expect(matches(service.spec.selector, pod.metadata.labels)).toBe(true);
    expect(containerPort(service.spec.ports[0].targetPort)).toBe(3000);

    const hpa = find('HorizontalPodAutoscaler', 'tajer-backend');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: deployment.metadata.name });
    expect(hpa.spec).toMatchObject({ minReplicas: 2, maxReplicas: 10 });
    expect(hpa.spec.metrics).toContainEqual({
      type: 'Resource',
      resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
    });

    const pdb = find('PodDisruptionBudget', 'tajer-backend');
    expect(pdb.apiVersion).toBe('policy/v1');
    expect(matches(pdb.spec.selector.matchLabels, pod.metadata.labels)).toBe(true);
    expect(pdb.spec.minAvailable).toBeLessThan(deployment.spec.replicas);
  });

  it('the Ingress terminates TLS with cert-manager and routes /api, /socket.io and / with WebSocket settings and sticky sessions', () => {
    const ingress = find('Ingress', 'tajer');
    const a = ingress.metadata.annotations!;
    expect(ingress.spec.ingressClassName).toBe('nginx');
    expect(a['cert-manager.io/cluster-issuer']).toBeTruthy();
    expect(a).toMatchObject({
      'nginx.ingress.kubernetes.io/proxy-read-timeout': '3600',
      'nginx.ingress.kubernetes.io/proxy-send-timeout': '3600',
      'nginx.ingress.kubernetes.io/proxy-http-version': '1.1',
      'nginx.ingress.kubernetes.io/affinity': 'cookie',
    });
    const hosts = ingress.spec.rules.map((r: { host: string }) => r.host);
    expect(ingress.spec.tls[0].hosts).toEqual(hosts);
    expect(ingress.spec.tls[0].secretName).toBeTruthy();
    const paths = ingress.spec.rules[0].http.paths;
    expect(paths.map((p: { path: string }) => p.path)).toEqual(['/api', '/socket.io', '/']);
    for (const p of paths) expect(p.backend.service).toEqual({ name: service.metadata.name, port: { name: service.spec.ports[0].name } });
    // /metrics stays inside the cluster.
    const blocked = find('Ingress', 'tajer-metrics-blocked');
    expect(blocked.spec.rules[0].http.paths).toEqual([expect.objectContaining({ path: '/metrics', pathType: 'Exact' })]);
    expect(blocked.metadata.annotations!['nginx.ingress.kubernetes.io/whitelist-source-range']).toBe('127.0.0.1/32');
  });

  it('the migration Job runs the migrate CLI with the backend image and configuration', () => {
    const job = find('Job', 'tajer-migrate');
    const [c] = job.spec.template.spec.containers;
    expect(c.command).toEqual(['node', 'backend/dist/database/migrate.cli.js']);
    expect(c.image).toBe(container.image);
    expect(c.envFrom).toEqual(container.envFrom);
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
    expect(job.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    expect(existsSync(path.join(ROOT, 'backend/src/database/migrate.cli.ts'))).toBe(true);
  });

  it('the backup CronJob runs the backup CLI nightly into its own volume, keeping 30 days', () => {
    const cron = find('CronJob', 'tajer-backup');
    const spec = cron.spec.jobTemplate.spec.template.spec;
    expect(spec.containers[0].command).toEqual(['node', 'backend/dist/database/backup.cli.js', '--out', '/backups', '--keep-days', '30']);
    expect(spec.containers[0].image).toBe(container.image);
    expect(cron.spec.concurrencyPolicy).toBe('Forbid');
    // The database is managed and uploads are in Spaces: DATA_DIR is scratch.
    expect(spec.volumes.find((v: { name: string }) => v.name === 'data')).toHaveProperty('emptyDir');
    expect(find('PersistentVolumeClaim', 'tajer-backups')).toBeTruthy();
  });

  it('Redis is reachable at the REDIS_URL of the ConfigMap, by the backend only', () => {
    const url = new URL(configMap.data.REDIS_URL);
    const redisService = find('Service', url.hostname);
    expect(redisService.spec.ports.map((p: { port: number }) => String(p.port))).toContain(url.port);
    const redis = find('Deployment', url.hostname);
    expect(matches(redisService.spec.selector, redis.spec.template.metadata.labels)).toBe(true);
    const policy = find('NetworkPolicy', url.hostname);
    expect(matches(policy.spec.podSelector.matchLabels, redis.spec.template.metadata.labels)).toBe(true);
    expect(matches(policy.spec.ingress[0].from[0].podSelector.matchLabels, pod.metadata.labels)).toBe(true);
  });

  it('the dev PostgreSQL is a StatefulSet that says to use a managed database in production', () => {
    const pg = find('StatefulSet', 'tajer-postgres');
    expect(pg.spec.volumeClaimTemplates[0].spec.accessModes).toEqual(['ReadWriteOnce']);
    expect(readFileSync(path.join(K8S, 'dev/postgres.yaml'), 'utf8')).toMatch(/DigitalOcean Managed PostgreSQL/);
  });

  describe('monitoring', () => {
    const rule = find('PrometheusRule', 'tajer-alerts');
    const alerts = new Map<string, { expr: string; for?: string }>(
      rule.spec.groups.flatMap((g: { rules: { alert: string }[] }) => g.rules.map((r) => [r.alert, r])),
    );
    const exported = [
      ...readFileSync(path.join(ROOT, 'backend/src/observability/metrics.service.ts'), 'utf8').matchAll(/name: '([a-z_]+)'/g),
    ].map((m) => m[1]);

    it('scrapes /metrics of the backend Service', () => {
      const monitor = find('ServiceMonitor', 'tajer-backend');
      expect(monitor.apiVersion).toBe('monitoring.coreos.com/v1');
      expect(matches(monitor.spec.selector.matchLabels, service.metadata.labels)).toBe(true);
      expect(monitor.spec.endpoints).toEqual([expect.objectContaining({ port: service.spec.ports[0].name, path: '/metrics' })]);
      expect(pod.metadata.annotations).toMatchObject({
        'prometheus.io/scrape': 'true',
        'prometheus.io/path': '/metrics',
        'prometheus.io/port': '3000',
      });
    });

    it('alerts on 5xx > 5 % over 5 min, p95 latency > 2 s, CPU > 80 % and memory > 90 %', () => {
      expect(rule.apiVersion).toBe('monitoring.coreos.com/v1');
      const errors = alerts.get('TajerHighErrorRate')!.expr;
      expect(errors).toContain('http_request_duration_seconds_count{namespace="tajer", status=~"5.."}[5m]');
      expect(errors).toMatch(/> 0\.05\s*$/);
      const latency = alerts.get('TajerHighLatency')!.expr;
      expect(latency).toMatch(/histogram_quantile\(0\.95, .*http_request_duration_seconds_bucket.*\[5m\].*\) > 2\s*$/);
      const cpu = alerts.get('TajerHighCpu')!.expr;
      expect(cpu).toContain('container_cpu_usage_seconds_total');
      expect(cpu).toMatch(/resource="cpu".*> 0\.8\s*$/s);
      const memory = alerts.get('TajerHighMemory')!.expr;
      expect(memory).toContain('container_memory_working_set_bytes');
      expect(memory).toMatch(/resource="memory".*> 0\.9\s*$/s);
      for (const name of ['TajerHighErrorRate', 'TajerHighLatency', 'TajerHighCpu', 'TajerHighMemory'])
        expect(alerts.get(name)!.for).toMatch(/^\d+m$/);
    });

    it('uses only metrics the app exports (or Kubernetes and Prometheus provide)', () => {
      const external = /^(container_|kube_|up$)/;
      for (const [name, { expr }] of alerts) {
        const metrics = [...expr.matchAll(/([a-z_]+)\{/g)].map((m) => m[1].replace(/_(bucket|count|sum)$/, ''));
        for (const metric of metrics) {
          if (!external.test(metric))
            expect({ alert: name, metric, exported: exported.includes(metric) }).toEqual({ alert: name, metric, exported: true });
        }
      }
      // The labels the 5xx alert filters on are the histogram's own.
      expect(readFileSync(path.join(ROOT, 'backend/src/observability/metrics.service.ts'), 'utf8')).toMatch(
        /labelNames: \['method', 'route', 'status'\]/,
      );
    });
  });
});
