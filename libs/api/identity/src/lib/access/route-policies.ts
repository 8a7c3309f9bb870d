import { Injectable, RequestMethod, type OnApplicationBootstrap } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { API_PREFIX, readAccessPolicy, type AccessPolicy } from '@zusammen/api/core';

/** One HTTP route of the application with its declared access policy (undefined: undeclared). */
export interface RoutePolicy {
  method: string;
  /** Full path with the global prefix, Nest syntax (`/api/rooms/:id`). */
  path: string;
  /** `Controller.method`, for messages. */
  handler: string;
  policy: AccessPolicy | undefined;
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [''];
}

function joinPath(...segments: string[]): string {
  const joined = segments
    .flatMap((s) => s.split('/'))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}

/** Thrown at boot when a route has neither `@Public()`, `@Authenticated()` nor `@Roles(…)`. */
export class UndeclaredRoutesError extends Error {
  constructor(readonly routes: readonly RoutePolicy[]) {
    super(
      `Routes without an access declaration (add @Public(), @Authenticated() or @Roles(...)):\n${routes
        .map((r) => `  - ${r.method} ${r.path} (${r.handler})`)
        .join('\n')}`,
    );
    this.name = 'UndeclaredRoutesError';
  }
}

/**
 * Walks every controller of the application (DiscoveryService + MetadataScanner) and lists its routes with
 * their declared policy. On bootstrap it refuses to let the application start while any route is undeclared,
 * so a forgotten declaration can never ship; the authorization-matrix test uses the same list.
 */
@Injectable()
export class RoutePolicies implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const undeclared = this.list().filter((route) => route.policy === undefined);
    if (undeclared.length > 0) throw new UndeclaredRoutesError(undeclared);
  }

  list(): RoutePolicy[] {
    const routes: RoutePolicy[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller || typeof controller !== 'function') continue;
      const prototype = controller.prototype as Record<string, unknown>;
      const controllerPaths = asList(Reflect.getMetadata(PATH_METADATA, controller));
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function') continue;
        const methodPath: unknown = Reflect.getMetadata(PATH_METADATA, handler);
        if (methodPath === undefined) continue;
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as
          RequestMethod | undefined;
        const method = RequestMethod[requestMethod ?? RequestMethod.GET];
        const policy = readAccessPolicy(this.reflector, handler, controller);
        for (const base of controllerPaths)
          for (const sub of asList(methodPath))
            routes.push({
              method,
              path: joinPath(API_PREFIX, base, sub),
              handler: `${controller.name}.${name}`,
              policy,
            });
      }
    }
    return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  }
}
