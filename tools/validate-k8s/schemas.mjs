// Validation against the Kubernetes API schemas of kubernetes-models (the OpenAPI of the Kubernetes release it
// was generated from), plus unknown-field detection: the package's JSON-schema validators accept fields the API
// does not know (a misspelt `readinesProbe` would be ignored by them and dropped by the cluster), so every
// document is also type-checked as an object literal against the package's TypeScript interfaces, whose
// excess-property check names the first unknown field of each object.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { where } from './load-manifests.mjs';

const require = createRequire(import.meta.url);
/** The repository holding this script: node_modules (kubernetes-models, typescript) is resolved from here. */
const TOOL_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `apps/v1` + `Deployment` → `kubernetes-models/apps/v1/Deployment`; `v1` → the core group. */
function modulePath(apiVersion, kind) {
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return undefined;
  if (!/^[A-Z][A-Za-z0-9]*$/.test(kind)) return undefined;
  if (!/^([a-z0-9.-]+\/)?v[0-9]+((alpha|beta)[0-9]+)?$/.test(apiVersion)) return undefined;
  return `kubernetes-models/${apiVersion}/${kind}`;
}

/** The model class for a document, or undefined for a kind kubernetes-models does not know. */
function modelFor(doc) {
  const path = modulePath(doc.apiVersion, doc.kind);
  if (!path) return undefined;
  try {
    const Model = require(path)[doc.kind];
    return typeof Model === 'function' ? { Model, path } : undefined;
  } catch {
    return undefined;
  }
}

/** Schema validation of every document; returns the documents that could be type-checked. */
export function validateSchemas(documents, problems) {
  const typed = [];
  for (const entry of documents) {
    const model = modelFor(entry.doc);
    if (!model) {
      problems.push(
        `${where(entry)}: unknown apiVersion/kind ${entry.doc.apiVersion}/${entry.doc.kind}`,
      );
      continue;
    }
    try {
      new model.Model(entry.doc).validate();
      typed.push({ ...entry, path: model.path });
    } catch (error) {
      problems.push(`${where(entry)}: ${error.message}`);
    }
  }
  checkUnknownFields(typed, problems);
}

/** One in-memory TypeScript file per document: `const doc: I<Kind> = <the document>;`. */
function checkUnknownFields(typed, problems) {
  if (typed.length === 0) return;
  const sources = new Map();
  typed.forEach((entry, i) => {
    const name = join(TOOL_ROOT, '.validate-k8s', `document-${i}.ts`);
    const text = `import type { I${entry.doc.kind} } from '${entry.path}';\nexport const doc: I${entry.doc.kind} = ${JSON.stringify(entry.doc, null, 1)};\n`;
    sources.set(name, { text, entry });
  });
  const options = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    // the documents are plain data: the ES5 library is enough (the default one with the DOM triples the time)
    lib: ['lib.es5.d.ts'],
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    sources.has(name)
      ? ts.createSourceFile(name, sources.get(name).text, language)
      : getSourceFile(name, language, ...rest);
  host.fileExists = (name) => sources.has(name) || fileExists(name);
  const program = ts.createProgram([...sources.keys()], options, host);
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const source = diagnostic.file && sources.get(diagnostic.file.fileName);
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    problems.push(source ? `${where(source.entry)}: ${message}` : `type check: ${message}`);
  }
}
