import type { DataSource } from 'typeorm';

export interface SchemaQuery {
  query: string;
  parameters?: unknown[];
}

export interface SchemaDiff {
  /** What would bring the database in line with the entities (empty: no drift). */
  up: SchemaQuery[];
  /** The reverse of `up`, in the order a migration's `down()` needs. */
  down: SchemaQuery[];
}

/**
 * What `migration:generate` would write: the schema builder's plan for making the database match
 * the entity metadata, without executing anything.
 */
export async function computeSchemaDiff(dataSource: DataSource): Promise<SchemaDiff> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((q) => ({ query: q.query, parameters: q.parameters })),
    down: [...sql.downQueries].reverse().map((q) => ({ query: q.query, parameters: q.parameters })),
  };
}

/** `initial-schema` → `InitialSchema` (migration class names are PascalCase + timestamp). */
export function toPascalCase(kebab: string): string {
  return kebab
    .split('-')
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

export const MIGRATION_NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function renderQueries(queries: readonly SchemaQuery[]): string {
  return queries
    .map(({ query, parameters }) => {
      const escaped = query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
      const params = parameters && parameters.length > 0 ? `, ${JSON.stringify(parameters)}` : '';
      return `    await queryRunner.query(\`${escaped}\`${params});`;
    })
    .join('\n');
}

/** Source of a migration file `<timestamp>-<kebab-name>.ts` in the house style. */
export function renderMigration(kebabName: string, timestamp: number, diff: SchemaDiff): string {
  const className = `${toPascalCase(kebabName)}${timestamp}`;
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${renderQueries(diff.up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${renderQueries(diff.down)}
  }
}
`;
}

/** The statements as one SQL script (for `check` output). */
export function formatQueries(queries: readonly SchemaQuery[]): string {
  return queries
    .map(
      ({ query, parameters }) =>
        `${query};${parameters?.length ? ` -- parameters: ${JSON.stringify(parameters)}` : ''}`,
    )
    .join('\n');
}
