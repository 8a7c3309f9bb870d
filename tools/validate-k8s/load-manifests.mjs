// Finds and parses every YAML file under infra/k8s (each may hold several documents).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
// `yaml` is in node_modules through the build tool chain (vite), not yet a direct devDependency (`npm install -D yaml` would make it one)
import { parseAllDocuments } from 'yaml';

/** `.yaml`/`.yml` files below `dir`, depth first, sorted. */
export function listYamlFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files.push(...listYamlFiles(path));
    else if (/\.ya?ml$/.test(entry)) files.push(path);
  }
  return files;
}

/**
 * Every document as `{ file, index, doc }` (file relative to root); YAML errors, empty documents and documents
 * that are not mappings are reported as problems.
 */
export function loadDocuments(root, files, problems) {
  const documents = [];
  for (const path of files) {
    const file = relative(root, path);
    const parsed = parseAllDocuments(readFileSync(path, 'utf8'), {
      merge: true,
      prettyErrors: true,
    });
    parsed.forEach((document, index) => {
      if (document.errors.length > 0) {
        for (const error of document.errors) problems.push(`${file}: ${error.message}`);
        return;
      }
      const doc = document.toJS();
      if (doc === null || doc === undefined) return;
      if (typeof doc !== 'object' || Array.isArray(doc)) {
        problems.push(`${file} (document ${index + 1}): not a mapping`);
        return;
      }
      documents.push({ file, index, doc });
    });
  }
  return documents;
}

/** `file` or `file#2` for messages. */
export function where({ file, index, doc }) {
  const name = doc?.metadata?.name ? ` ${doc.kind}/${doc.metadata.name}` : '';
  return `${file}${index > 0 ? `#${index + 1}` : ''}${name}`;
}
