// infra/compose*.yaml: valid YAML with services, `${VAR}` only for variables of .env.example, and the services
// that run this project's image set only such variables; their health checks use the real routes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// `yaml` is in node_modules through the build tool chain (vite), not yet a direct devDependency (`npm install -D yaml` would make it one)
import { parse } from 'yaml';

/**
 * `${NAME}`, `${NAME:-default}`, `${NAME:?message}` and `$NAME` in every string value (keys and comments are not
 * interpolated; `$$` is an escaped dollar).
 */
function interpolated(value, names = new Set()) {
  if (typeof value === 'string') {
    const text = value.replaceAll('$$', '');
    for (const found of text.matchAll(
      /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    ))
      names.add(found[1] ?? found[2]);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) interpolated(item, names);
  }
  return names;
}

/** Services built from infra/Dockerfile or running its image: the project's own processes. */
function isProjectService(service) {
  const image = typeof service.image === 'string' ? service.image : '';
  return /^(.*\/)?zusammenleben(:|$)/.test(image) || service.build !== undefined;
}

function environmentKeys(environment) {
  if (Array.isArray(environment)) return environment.map((item) => String(item).split('=')[0]);
  return Object.keys(environment ?? {});
}

export function checkComposeFiles(root, context, problems) {
  const dir = join(root, 'infra');
  const files = readdirSync(dir).filter((f) => /^compose.*\.ya?ml$/.test(f));
  if (files.length === 0) problems.push('no infra/compose*.yaml');
  const known = new Set(context.envNames);
  const routes = [...Object.values(context.routes.api), ...Object.values(context.routes.worker)];
  for (const name of files) {
    const file = `infra/${name}`;
    const text = readFileSync(join(dir, name), 'utf8');
    let doc;
    try {
      doc = parse(text, { merge: true });
    } catch (error) {
      problems.push(`${file}: ${error.message}`);
      continue;
    }
    if (!doc || typeof doc.services !== 'object') {
      problems.push(`${file}: no services`);
      continue;
    }
    for (const variable of interpolated(doc))
      if (!known.has(variable))
        problems.push(`${file}: \${${variable}} is not a variable of .env.example`);
    for (const [serviceName, service] of Object.entries(doc.services)) {
      if (!isProjectService(service ?? {})) continue;
      for (const key of environmentKeys(service.environment))
        if (!known.has(key))
          problems.push(`${file}: service ${serviceName} sets ${key}, not in .env.example`);
      const test = service.healthcheck?.test;
      const command = Array.isArray(test) ? test.join(' ') : String(test ?? '');
      if (test && !routes.some((route) => command.includes(route)))
        problems.push(`${file}: the health check of ${serviceName} uses none of the health routes`);
    }
  }
  return files.length;
}
