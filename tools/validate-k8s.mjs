// `node tools/validate-k8s.mjs [--root <dir>]` (a step of `npm test`): every YAML document under infra/k8s
// against the Kubernetes schemas (kubernetes-models; unknown kinds and unknown fields fail), then the project
// checks — ConfigMap + Secret = the variables of .env.example, probes on the real health routes and ports,
// selectors, resources, non-root read-only pods, the Ingress body size for bike photos, kustomizations listing
// every file — and infra/compose*.yaml. Prints every problem and exits 1 if there is any. No cluster needed.
// `--print-inputs` lists the files read besides infra/ (for the unit test).
import { join, relative } from 'node:path';
import { checkComposeFiles } from './validate-k8s/compose-files.mjs';
import { checkKustomizations } from './validate-k8s/kustomizations.mjs';
import { listYamlFiles, loadDocuments } from './validate-k8s/load-manifests.mjs';
import { checkProject } from './validate-k8s/project-checks.mjs';
import { validateSchemas } from './validate-k8s/schemas.mjs';
import {
  readEnvExample,
  readHealthRoutes,
  readPhotoBodyLimit,
  readSecretKeys,
  SOURCE_FILES,
} from './validate-k8s/sources.mjs';

const args = process.argv.slice(2);
if (args.includes('--print-inputs')) {
  console.log(Object.values(SOURCE_FILES).join('\n'));
  process.exit(0);
}
const rootIndex = args.indexOf('--root');
const root = rootIndex >= 0 ? args[rootIndex + 1] : join(import.meta.dirname, '..');

const problems = [];
const context = {
  envNames: readEnvExample(root),
  secretKeys: readSecretKeys(root),
  routes: readHealthRoutes(root),
  photoBodyLimit: readPhotoBodyLimit(root),
};
const files = listYamlFiles(join(root, 'infra', 'k8s'));
const all = loadDocuments(root, files, problems);
const isKustomization = (entry) => /(^|\/)kustomization\.ya?ml$/.test(entry.file);
const documents = all.filter((entry) => !isKustomization(entry));
validateSchemas(documents, problems);
checkProject(documents, context, problems);
checkKustomizations(root, all.filter(isKustomization), documents, problems);
const composeFiles = checkComposeFiles(root, context, problems);

const summary = `${documents.length} Kubernetes documents in ${files.length} files under ${relative(process.cwd(), join(root, 'infra', 'k8s')) || '.'}, ${composeFiles} compose files`;
if (problems.length > 0) {
  console.error(`${summary}: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(
  `${summary}: valid (schemas, variables of .env.example, probes, selectors, resources, kustomizations)`,
);
