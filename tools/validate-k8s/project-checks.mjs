// The checks a schema cannot make: the manifests against this project — its variables, health routes, ports,
// labels, limits — and against each other (selectors, Service → pods, Ingress → Service, HPA → Deployment).
import { where } from './load-manifests.mjs';

export const CONFIG_MAP = 'zusammenleben-config';
export const SECRET = 'zusammenleben-secrets';
/** The image name of every container; kustomization.yaml (images:) maps it to the registry and tag. */
export const IMAGE = 'zusammenleben';
/** The bundles of infra/Dockerfile a container may run, and what each is. */
const ENTRY_POINTS = {
  'dist/apps/api/main.js': 'api',
  'dist/apps/worker/main.js': 'worker',
  'dist/apps/api/cli.js': 'cli',
};

const isSubset = (labels, of) =>
  !!labels &&
  Object.keys(labels).length > 0 &&
  Object.entries(labels).every(([k, v]) => of?.[k] === v);

function ofKind(documents, kind) {
  return documents.filter((entry) => entry.doc.kind === kind);
}

/** Parses `4m`, `3M`, `2097152`, `1g` (nginx size syntax) to bytes. */
export function parseSize(value) {
  const found = /^(\d+)([kmg]?)$/i.exec(String(value).trim());
  if (!found) return undefined;
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[found[2].toLowerCase()];
  return Number(found[1]) * unit;
}

/** ConfigMap + Secret hold exactly the variables of .env.example, the secret ones in the Secret only. */
function checkEnvironment(documents, context, problems) {
  const configMap = ofKind(documents, 'ConfigMap').find((e) => e.doc.metadata?.name === CONFIG_MAP);
  const secret = ofKind(documents, 'Secret').find((e) => e.doc.metadata?.name === SECRET);
  if (!configMap) problems.push(`no ConfigMap ${CONFIG_MAP}`);
  if (!secret) problems.push(`no Secret ${SECRET} (secret.example.yaml)`);
  if (!configMap || !secret) return;
  const configKeys = Object.keys(configMap.doc.data ?? {});
  const secretKeys = [
    ...Object.keys(secret.doc.stringData ?? {}),
    ...Object.keys(secret.doc.data ?? {}),
  ];
  const known = new Set(context.envNames);
  for (const key of [...configKeys, ...secretKeys])
    if (!known.has(key)) problems.push(`${key} is not a variable of .env.example`);
  for (const name of context.envNames)
    if (!configKeys.includes(name) && !secretKeys.includes(name))
      problems.push(`${name} of .env.example is in neither ${CONFIG_MAP} nor ${SECRET}`);
  for (const key of context.secretKeys) {
    if (configKeys.includes(key))
      problems.push(`${where(configMap)}: ${key} is a secret: Secret only`);
    if (!secretKeys.includes(key)) problems.push(`${where(secret)}: ${key} is missing`);
  }
  for (const key of secretKeys)
    if (!context.secretKeys.includes(key))
      problems.push(`${where(secret)}: ${key} is not secret: put it in the ConfigMap`);
  return configMap.doc.data ?? {};
}

/** Resolves a probe/Service port (number or name) against a container's ports. */
function resolvePort(container, port) {
  if (typeof port === 'number') return port;
  return container.ports?.find((p) => p.name === port)?.containerPort;
}

/** Image, entry point, env wiring, resources and the non-root, read-only file system of one container. */
function checkContainer(entry, pod, container, problems) {
  const at = `${where(entry)} container ${container.name}`;
  if (container.image !== IMAGE)
    problems.push(`${at}: image must be "${IMAGE}" (kustomization.yaml sets registry and tag)`);
  const role = ENTRY_POINTS[container.args?.[0]];
  if (!role) problems.push(`${at}: args[0] must be one of ${Object.keys(ENTRY_POINTS).join(', ')}`);
  if (container.command) problems.push(`${at}: keep the image's entrypoint (node); set args only`);
  const envFrom = container.envFrom ?? [];
  if (!envFrom.some((e) => e.configMapRef?.name === CONFIG_MAP))
    problems.push(`${at}: envFrom configMapRef ${CONFIG_MAP} missing`);
  if (!envFrom.some((e) => e.secretRef?.name === SECRET))
    problems.push(`${at}: envFrom secretRef ${SECRET} missing`);
  for (const kind of ['requests', 'limits'])
    for (const resource of ['cpu', 'memory'])
      if (container.resources?.[kind]?.[resource] === undefined)
        problems.push(`${at}: resources.${kind}.${resource} missing`);
  const security = container.securityContext ?? {};
  if (security.readOnlyRootFilesystem !== true)
    problems.push(`${at}: securityContext.readOnlyRootFilesystem must be true`);
  if (security.allowPrivilegeEscalation !== false)
    problems.push(`${at}: securityContext.allowPrivilegeEscalation must be false`);
  const tmp = container.volumeMounts?.find((m) => m.mountPath === '/tmp');
  const tmpVolume = tmp && pod.volumes?.find((v) => v.name === tmp.name);
  if (!tmpVolume?.emptyDir)
    problems.push(`${at}: /tmp must be an emptyDir (read-only root file system)`);
  if (pod.securityContext?.runAsNonRoot !== true)
    problems.push(`${where(entry)}: pod securityContext.runAsNonRoot must be true`);
  return role;
}

/** Start-up, readiness and liveness probes on the real routes and ports of the process the container runs. */
function checkProbes(entry, container, role, context, config, problems) {
  const at = `${where(entry)} container ${container.name}`;
  const routes = role === 'api' ? context.routes.api : context.routes.worker;
  const port = Number(role === 'api' ? config.PORT : config.HEALTH_PORT);
  if (role === 'worker' && !config.HEALTH_PORT)
    problems.push(`${at}: the worker's probes need HEALTH_PORT in ${CONFIG_MAP}`);
  const expected = {
    startupProbe: routes.live,
    readinessProbe: routes.ready,
    livenessProbe: routes.live,
  };
  for (const [probe, path] of Object.entries(expected)) {
    const httpGet = container[probe]?.httpGet;
    if (!httpGet) {
      problems.push(`${at}: ${probe} (httpGet ${path}) missing`);
      continue;
    }
    if (httpGet.path !== path)
      problems.push(`${at}: ${probe} path ${httpGet.path}, the route is ${path}`);
    const resolved = resolvePort(container, httpGet.port);
    if (resolved !== port)
      problems.push(
        `${at}: ${probe} port ${httpGet.port} (${resolved}) is not the ${role}'s port ${port}`,
      );
  }
}

function checkDeployments(documents, context, config, problems) {
  const pods = [];
  for (const entry of [...ofKind(documents, 'Deployment'), ...ofKind(documents, 'Job')]) {
    const { doc } = entry;
    const template = doc.spec?.template ?? {};
    const pod = template.spec ?? {};
    const labels = template.metadata?.labels;
    if (doc.kind === 'Deployment') {
      if (!isSubset(doc.spec?.selector?.matchLabels, labels))
        problems.push(
          `${where(entry)}: spec.selector.matchLabels do not match the pod template's labels`,
        );
      if (doc.spec?.strategy?.rollingUpdate?.maxUnavailable !== 0)
        problems.push(`${where(entry)}: rollingUpdate.maxUnavailable must be 0`);
    }
    for (const container of pod.containers ?? []) {
      const role = checkContainer(entry, pod, container, problems);
      if (doc.kind === 'Deployment' && (role === 'api' || role === 'worker')) {
        checkProbes(entry, container, role, context, config, problems);
        pods.push({ entry, labels, container, role });
      }
      if (doc.kind === 'Deployment' && role === 'cli')
        problems.push(`${where(entry)}: the CLI (migrations) runs as a Job, not a Deployment`);
      if (doc.kind === 'Job' && (role !== 'cli' || container.args?.[1] !== 'migrate'))
        problems.push(`${where(entry)}: a Job here runs \`cli.js migrate\``);
      const preStop = container.lifecycle?.preStop?.exec?.command;
      const sleep = preStop?.[0] === 'sleep' ? Number(preStop[1]) : 0;
      if (doc.kind === 'Deployment' && (pod.terminationGracePeriodSeconds ?? 30) < sleep + 10)
        problems.push(
          `${where(entry)}: terminationGracePeriodSeconds leaves < 10 s after the preStop sleep`,
        );
    }
  }
  for (const role of ['api', 'worker'])
    if (!pods.some((p) => p.role === role)) problems.push(`no Deployment runs the ${role}`);
  return pods;
}

/** The Service selects the API pods and nothing else; its target port is the API's port. */
function checkServices(documents, pods, problems) {
  for (const entry of ofKind(documents, 'Service')) {
    const selected = pods.filter((p) => isSubset(entry.doc.spec?.selector, p.labels));
    if (selected.length !== 1 || selected[0].role !== 'api') {
      problems.push(`${where(entry)}: the selector must match the API pods only`);
      continue;
    }
    for (const port of entry.doc.spec?.ports ?? [])
      if (resolvePort(selected[0].container, port.targetPort ?? port.port) === undefined)
        problems.push(
          `${where(entry)}: targetPort ${port.targetPort} is no port of the API container`,
        );
  }
}

function checkScaling(documents, pods, problems) {
  const deployments = ofKind(documents, 'Deployment').map((e) => e.doc.metadata?.name);
  for (const entry of ofKind(documents, 'HorizontalPodAutoscaler')) {
    const target = entry.doc.spec?.scaleTargetRef;
    if (target?.kind !== 'Deployment' || !deployments.includes(target?.name))
      problems.push(`${where(entry)}: scaleTargetRef is no Deployment here`);
    if ((entry.doc.spec?.minReplicas ?? 1) < 2)
      problems.push(`${where(entry)}: minReplicas < 2 leaves a single pod`);
  }
  if (!ofKind(documents, 'HorizontalPodAutoscaler').length)
    problems.push('no HorizontalPodAutoscaler');
  for (const entry of ofKind(documents, 'PodDisruptionBudget')) {
    const selected = pods.filter((p) => isSubset(entry.doc.spec?.selector?.matchLabels, p.labels));
    if (selected.length !== 1)
      problems.push(`${where(entry)}: the selector must match exactly one Deployment`);
  }
  for (const pod of pods)
    if (pod.role === 'api') {
      const spread = pod.entry.doc.spec.template.spec.topologySpreadConstraints ?? [];
      if (!spread.some((c) => isSubset(c.labelSelector?.matchLabels, pod.labels)))
        problems.push(`${where(pod.entry)}: no topologySpreadConstraint selecting its own pods`);
    }
}

/** Public at the application level, for Prometheus inside the cluster only (metrics.controller.ts). */
const METRICS_PATH = '/api/metrics';
const ALLOW_LIST = 'nginx.ingress.kubernetes.io/whitelist-source-range';

/** TLS, the PUBLIC_URL host, a backend that exists and a body size that lets bike photos through. */
function checkIngress(documents, context, config, problems) {
  const ingresses = ofKind(documents, 'Ingress');
  if (ingresses.length === 0) problems.push('no Ingress');
  const services = ofKind(documents, 'Service').map((e) => e.doc);
  let publicHost;
  try {
    publicHost = new URL(config.PUBLIC_URL).host;
  } catch {
    problems.push(`${CONFIG_MAP}: PUBLIC_URL is not a URL`);
  }
  const blocked = ingresses.some(
    (e) =>
      e.doc.metadata?.annotations?.[ALLOW_LIST] &&
      e.doc.spec?.rules?.some((r) => r.http?.paths?.some((p) => p.path === METRICS_PATH)),
  );
  if (ingresses.length > 0 && !blocked)
    problems.push(
      `no Ingress restricts ${METRICS_PATH} (${ALLOW_LIST}): the metrics would be public`,
    );
  for (const entry of ingresses) {
    const { spec = {}, metadata = {} } = entry.doc;
    const tlsHosts = (spec.tls ?? []).flatMap((t) => t.hosts ?? []);
    for (const rule of spec.rules ?? []) {
      if (!tlsHosts.includes(rule.host))
        problems.push(`${where(entry)}: no TLS for host ${rule.host}`);
      if (publicHost && rule.host !== publicHost)
        problems.push(
          `${where(entry)}: host ${rule.host} is not the host of PUBLIC_URL (${publicHost})`,
        );
      for (const path of rule.http?.paths ?? []) {
        const backend = path.backend?.service;
        const service = services.find((s) => s.metadata?.name === backend?.name);
        const port = backend?.port;
        if (
          !service ||
          !service.spec?.ports?.some((p) => p.name === port?.name || p.port === port?.number)
        )
          problems.push(
            `${where(entry)}: backend ${backend?.name}:${port?.name ?? port?.number} is no Service port`,
          );
      }
    }
    if (spec.rules?.some((r) => r.http?.paths?.some((p) => p.path === METRICS_PATH))) {
      if (!metadata.annotations?.[ALLOW_LIST])
        problems.push(`${where(entry)}: ${METRICS_PATH} without ${ALLOW_LIST}`);
      continue;
    }
    const size = parseSize(
      metadata.annotations?.['nginx.ingress.kubernetes.io/proxy-body-size'] ?? '1m',
    );
    if (!size || size < context.photoBodyLimit)
      problems.push(
        `${where(entry)}: proxy-body-size must allow the photo uploads (${context.photoBodyLimit} bytes)`,
      );
  }
}

/** Every cross-check; `documents` are the parsed manifests (kustomization.yaml excluded). */
export function checkProject(documents, context, problems) {
  const config = checkEnvironment(documents, context, problems) ?? {};
  const pods = checkDeployments(documents, context, config, problems);
  checkServices(documents, pods, problems);
  checkScaling(documents, pods, problems);
  checkIngress(documents, context, config, problems);
}
