// Checks the manifests that docker/k8s/kustomization.yaml lists against the Kubernetes API schemas
// (kubernetes-models, generated from the Kubernetes OpenAPI spec): types, required fields and enum
// values of every object. No cluster is needed.  npm ci --prefix docker/k8s/check && node docker/k8s/check/check.mjs
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, parseAllDocuments } from "yaml";

const models = {
  "v1/ConfigMap": "kubernetes-models/v1/ConfigMap",
  "v1/Secret": "kubernetes-models/v1/Secret",
  "v1/Service": "kubernetes-models/v1/Service",
  "apps/v1/Deployment": "kubernetes-models/apps/v1/Deployment",
  "autoscaling/v2/HorizontalPodAutoscaler": "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler",
  "policy/v1/PodDisruptionBudget": "kubernetes-models/policy/v1/PodDisruptionBudget",
};

const manifests = join(dirname(fileURLToPath(import.meta.url)), "..");
const { resources } = parse(readFileSync(join(manifests, "kustomization.yaml"), "utf8"));
let failures = 0;
for (const file of resources) {
  for (const document of parseAllDocuments(readFileSync(join(manifests, file), "utf8"))) {
    if (document.errors.length > 0) {
      failures++;
      console.log(`FAIL ${file}: ${document.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const object = document.toJS();
    const type = `${object.apiVersion}/${object.kind}`;
    if (!models[type]) {
      failures++;
      console.log(`FAIL ${file}: no schema for ${type} here; add it to check.mjs`);
      continue;
    }
    const Model = (await import(models[type]))[object.kind];
    try {
      new Model(object).validate();
      console.log(`ok   ${file}: ${type} ${object.metadata.name}`);
    } catch (error) {
      failures++;
      console.log(`FAIL ${file}: ${type} ${object.metadata?.name}: ${error.message}`);
    }
  }
}
process.exit(failures > 0 ? 1 : 0);
