import { createHash } from 'node:crypto';
import {
  DefaultNamingStrategy,
  type NamingStrategyInterface,
  type Table,
  type View,
} from 'typeorm';

/** PostgreSQL truncates identifiers at 63 bytes; longer names get a short hash suffix instead. */
const MAX_IDENTIFIER_LENGTH = 63;

/** `UserAccount` → `user_account`, `roomID` → `room_id`, `setupMinutes` → `setup_minutes`. */
export function toSnakeCase(name: string): string {
  return name
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z\d]+)/g, '$1_$2')
    .replace(/[\s.-]+/g, '_')
    .toLowerCase();
}

function fitIdentifier(name: string): string {
  if (name.length <= MAX_IDENTIFIER_LENGTH) return name;
  const suffix = createHash('sha1').update(name).digest('hex').slice(0, 8);
  return `${name.slice(0, MAX_IDENTIFIER_LENGTH - suffix.length - 1)}_${suffix}`;
}

/**
 * The one naming strategy of the platform (STYLE.md §1, §6): singular snake_case tables and columns,
 * and readable constraint names `pk_<table>`, `uq_<table>_<columns>`, `fk_<table>_<columns>`,
 * `ix_<table>_<columns>`. CHECK and exclusion constraints are always named on the entity
 * (`@Check('ck_room_capacity_positive', …)`); the hashed fallback only exists so a forgotten name
 * still yields a valid, stable identifier.
 */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(targetName: string, userSpecifiedName: string | undefined): string {
    return userSpecifiedName ?? toSnakeCase(targetName);
  }

  override columnName(
    propertyName: string,
    customName: string | undefined,
    embeddedPrefixes: string[],
  ): string {
    const own = customName ?? toSnakeCase(propertyName);
    return [...embeddedPrefixes.map(toSnakeCase), own].join('_');
  }

  override relationName(propertyName: string): string {
    return toSnakeCase(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return toSnakeCase(`${relationName}_${referencedColumnName}`);
  }

  override joinTableName(
    firstTableName: string,
    secondTableName: string,
    firstPropertyName: string,
  ): string {
    return toSnakeCase(
      `${firstTableName}_${firstPropertyName.replace(/\./g, '_')}_${secondTableName}`,
    );
  }

  override joinTableColumnName(
    tableName: string,
    propertyName: string,
    columnName?: string,
  ): string {
    return toSnakeCase(`${tableName}_${columnName ?? propertyName}`);
  }

  override primaryKeyName(tableOrName: Table | string, _columnNames?: string[]): string {
    return fitIdentifier(`pk_${this.plainTableName(tableOrName)}`);
  }

  override uniqueConstraintName(tableOrName: Table | string, columnNames: string[]): string {
    return fitIdentifier(
      `uq_${this.plainTableName(tableOrName)}_${[...columnNames].sort().join('_')}`,
    );
  }

  override relationConstraintName(tableOrName: Table | string, columnNames: string[]): string {
    return fitIdentifier(
      `uq_${this.plainTableName(tableOrName)}_${[...columnNames].sort().join('_')}_rel`,
    );
  }

  override foreignKeyName(tableOrName: Table | string, columnNames: string[]): string {
    return fitIdentifier(
      `fk_${this.plainTableName(tableOrName)}_${[...columnNames].sort().join('_')}`,
    );
  }

  override indexName(
    tableOrName: Table | View | string,
    columnNames: string[],
    where?: string,
  ): string {
    const base = `ix_${this.plainTableName(tableOrName)}_${[...columnNames].sort().join('_')}`;
    return fitIdentifier(where ? `${base}_${this.shortHash(where)}` : base);
  }

  override checkConstraintName(
    tableOrName: Table | string,
    expression: string,
    isEnum?: boolean,
  ): string {
    const base = `ck_${this.plainTableName(tableOrName)}_${this.shortHash(expression)}`;
    return fitIdentifier(isEnum ? `${base}_enum` : base);
  }

  override exclusionConstraintName(tableOrName: Table | string, expression: string): string {
    return fitIdentifier(`ex_${this.plainTableName(tableOrName)}_${this.shortHash(expression)}`);
  }

  private plainTableName(tableOrName: Table | View | string): string {
    const name = typeof tableOrName === 'string' ? tableOrName : tableOrName.name;
    return name.split('.').pop() ?? name;
  }

  private shortHash(input: string): string {
    return createHash('sha1').update(input).digest('hex').slice(0, 10);
  }
}
