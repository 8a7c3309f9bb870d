// Each kustomization.yaml lists every manifest of its folder (a file left out would never be applied) and only
// files that exist; all of them map the image the same way and use the namespace of namespace.yaml.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Not applied on purpose: `*.example.yaml` (the Secret with placeholders). */
const isExample = (name) => /\.example\.ya?ml$/.test(name);

export function checkKustomizations(root, kustomizations, documents, problems) {
  if (kustomizations.length === 0) problems.push('no kustomization.yaml');
  const namespaces = documents
    .filter((e) => e.doc.kind === 'Namespace')
    .map((e) => e.doc.metadata?.name);
  const images = new Set();
  for (const { file, doc } of kustomizations) {
    if (doc.apiVersion !== 'kustomize.config.k8s.io/v1beta1' || doc.kind !== 'Kustomization')
      problems.push(`${file}: not a kustomize.config.k8s.io/v1beta1 Kustomization`);
    const dir = dirname(join(root, file));
    const resources = doc.resources ?? [];
    for (const resource of resources) {
      if (typeof resource !== 'string' || resource.includes('..') || resource.startsWith('/'))
        problems.push(`${file}: resource ${resource} must be a file of this folder or a subfolder`);
      else if (!existsSync(join(dir, resource)))
        problems.push(`${file}: resource ${resource} does not exist`);
      else if (isExample(resource))
        problems.push(`${file}: ${resource} is an example and must not be applied`);
    }
    for (const entry of readdirSync(dir).sort())
      if (/\.ya?ml$/.test(entry) && !/^kustomization\.ya?ml$/.test(entry) && !isExample(entry))
        if (!resources.includes(entry))
          problems.push(`${file}: ${entry} is not listed in resources`);
    if (!namespaces.includes(doc.namespace))
      problems.push(`${file}: namespace ${doc.namespace} is not the Namespace of namespace.yaml`);
    images.add(JSON.stringify(doc.images ?? []));
    const mapped = (doc.images ?? []).some(
      (image) => image.name === 'zusammenleben' && image.newTag,
    );
    if (!mapped) problems.push(`${file}: images must map "zusammenleben" to a registry and tag`);
    for (const entry of documents)
      if (
        dirname(join(root, entry.file)) === dir &&
        entry.doc.metadata?.namespace &&
        !isExample(entry.file)
      )
        problems.push(
          `${relative(root, join(root, entry.file))}: leave metadata.namespace to kustomization.yaml`,
        );
  }
  if (images.size > 1)
    problems.push('the kustomizations map the image differently (release tag out of step)');
}
