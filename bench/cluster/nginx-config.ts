import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnLogged, type ClusterChild } from './child-process';

export const NGINX_BIN = '/usr/sbin/nginx';

export interface NginxValues {
  runDir: string;
  /** nginx port on 127.0.0.1 */
  port: number;
  apiPorts: number[];
}

/**
 * Fills the `{{name}}` placeholders of infra/nginx/nginx.conf.template (nginx's own `$variables` stay as
 * they are). Throws on a placeholder without a value, so a template change cannot silently render half.
 */
export function renderNginxConfig(template: string, values: NginxValues): string {
  const servers = values.apiPorts
    .map((port) => `    server 127.0.0.1:${port} max_fails=3 fail_timeout=5s;`)
    .join('\n');
  const fill: Record<string, string> = {
    runDir: values.runDir,
    listen: `127.0.0.1:${values.port}`,
    servers,
    // Workers run as `nobody` when the master is root (nginx's default): the run folder is traversable (0711)
    // and nginx hands its temp folders to that user itself, so no `user root;` is needed.
    user: '',
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = fill[name];
    if (value === undefined) throw new Error(`nginx template: no value for {{${name}}}`);
    return value;
  });
}

/** Renders the template into `runDir`/nginx.conf and starts nginx in the foreground as a child process. */
export function startNginx(templateFile: string, values: NginxValues): ClusterChild {
  if (!existsSync(NGINX_BIN))
    throw new Error(`${NGINX_BIN} is missing: install Debian's nginx package`);
  const config = join(values.runDir, 'nginx.conf');
  writeFileSync(config, renderNginxConfig(readFileSync(templateFile, 'utf8'), values));
  return spawnLogged({
    name: 'nginx',
    command: NGINX_BIN,
    // -e: the error log nginx uses before it has read the configuration
    args: ['-p', values.runDir, '-c', config, '-e', join(values.runDir, 'nginx-error.log')],
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' },
    cwd: values.runDir,
    logFile: join(values.runDir, 'nginx.log'),
  });
}
