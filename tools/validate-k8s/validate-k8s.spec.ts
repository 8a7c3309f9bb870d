import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO = join(__dirname, '..', '..');
const SCRIPT = join(REPO, 'tools', 'validate-k8s.mjs');

function run(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A copy of infra/ and of the source files the validator reads, to break without touching the repository. */
function copyInputs(): string {
  const root = mkdtempSync(join(tmpdir(), 'zl-validate-k8s-'));
  const inputs = run('--print-inputs').output.trim().split('\n');
  for (const file of [...inputs, 'infra']) {
    cpSync(join(REPO, file), join(root, file), { recursive: true });
  }
  return root;
}

function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${file}: ${from} not found`);
  writeFileSync(path, changed);
}

describe('tools/validate-k8s.mjs', () => {
  let root: string;
  beforeEach(() => {
    root = copyInputs();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('accepts the manifests and compose files as they are', () => {
    const result = run('--root', root);
    expect(result.output).toMatch(/valid/);
    expect(result.status).toBe(0);
  }, 60_000);

  it('refuses broken manifests, naming every problem', () => {
    const k8s = 'infra/k8s';
    // schema: a string where the API wants an integer
    edit(root, `${k8s}/api-hpa.yaml`, 'maxReplicas: 6', 'maxReplicas: six');
    // unknown field (the JSON schemas alone would let it through)
    edit(root, `${k8s}/worker-deployment.yaml`, 'readinessProbe:', 'readinesProbe:');
    // a probe on a route that does not exist
    edit(root, `${k8s}/api-deployment.yaml`, 'path: /api/health/ready', 'path: /healthz');
    // a variable .env.example does not know, and one of its variables gone
    edit(root, `${k8s}/configmap.yaml`, 'LOG_LEVEL: info', 'LOG_LEVL: info');
    // a Service that selects the worker too
    edit(
      root,
      `${k8s}/api-service.yaml`,
      /(selector:\n {4}app\.kubernetes\.io\/name: zusammenleben)\n {4}app\.kubernetes\.io\/component: api/,
      '$1',
    );
    // a Deployment without resources
    edit(root, `${k8s}/api-deployment.yaml`, /\n {10}resources:\n(.*\n){6}/, '\n');
    // too small for bike photos
    edit(root, `${k8s}/ingress.yaml`, 'proxy-body-size: 4m', 'proxy-body-size: 1m');
    // a file the kustomization does not apply, and a kind nobody knows
    writeFileSync(
      join(root, k8s, 'extra.yaml'),
      'apiVersion: example.org/v1\nkind: Widget\nmetadata:\n  name: w\n',
    );
    // a compose file interpolating a variable outside .env.example
    edit(root, 'infra/compose.production.yaml', "PORT: '3000'", 'PORT: ${API_PORT}');

    const result = run('--root', root);
    expect(result.status).toBe(1);
    for (const expected of [
      /HorizontalPodAutoscaler\/zusammenleben-api: .*maxReplicas must be integer/,
      /"readinesProbe"' does not exist in type 'IContainer'/,
      /readinessProbe path \/healthz, the route is \/api\/health\/ready/,
      /LOG_LEVL is not a variable of .env.example/,
      /LOG_LEVEL of .env.example is in neither/,
      /Service\/zusammenleben-api: the selector must match the API pods only/,
      /proxy-body-size must allow the photo uploads/,
      /extra.yaml is not listed in resources/,
      /unknown apiVersion\/kind example.org\/v1\/Widget/,
      /\$\{API_PORT\} is not a variable of .env.example/,
      /container api: resources.requests.cpu missing/,
    ])
      expect(result.output).toMatch(expected);
  }, 60_000);
});
