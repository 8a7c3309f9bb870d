import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import {
  PERSONAL_DATA_ERASURE_HOOKS,
  PERSONAL_DATA_SOURCES,
  type PersonalDataErasureHook,
  type PersonalDataSource,
} from '@zusammen/api/identity';

function marked<T>(discovery: DiscoveryService, key: string): T[] {
  const found: T[] = [];
  for (const wrapper of discovery.getProviders()) {
    const instance: unknown = wrapper.instance;
    if (!wrapper.isDependencyTreeStatic() || typeof instance !== 'object' || instance === null)
      continue;
    if (Reflect.getMetadata(key, instance.constructor) === true) found.push(instance as T);
  }
  return found;
}

/**
 * Every {@link PersonalDataSource} and {@link PersonalDataErasureHook} of the application, found through
 * discovery once all modules are built. Two sources with the same section name fail the boot: one would
 * silently hide the other's data from the export.
 */
@Injectable()
export class PersonalDataRegistry implements OnApplicationBootstrap {
  private loaded?: { sources: PersonalDataSource[]; hooks: PersonalDataErasureHook[] };

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    this.load();
  }

  get sources(): readonly PersonalDataSource[] {
    return this.load().sources;
  }

  get erasureHooks(): readonly PersonalDataErasureHook[] {
    return this.load().hooks;
  }

  private load(): { sources: PersonalDataSource[]; hooks: PersonalDataErasureHook[] } {
    if (this.loaded) return this.loaded;
    const sources = marked<PersonalDataSource>(this.discovery, PERSONAL_DATA_SOURCES);
    const sections = sources.map((source) => source.section);
    const repeated = sections.filter((section, index) => sections.indexOf(section) !== index);
    if (repeated.length > 0)
      throw new Error(
        `Personal data sections declared twice: ${[...new Set(repeated)].join(', ')}`,
      );
    this.loaded = {
      sources,
      hooks: marked<PersonalDataErasureHook>(this.discovery, PERSONAL_DATA_ERASURE_HOOKS),
    };
    return this.loaded;
  }
}
