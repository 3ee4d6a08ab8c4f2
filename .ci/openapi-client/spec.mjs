// The OpenAPI document as a checker of answers: is the status documented for the operation, the content
// type too, does the body match the schema, are the required headers there.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];
const SPEC_ID = "https://newsdesk.invalid/openapi.json";

export class Spec {
  constructor(document) {
    this.document = document;
    this.ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(this.ajv);
    // The whole document is one schema resource, so that "#/components/schemas/X" resolves inside it.
    this.ajv.addSchema({ ...document, $id: SPEC_ID });
    this.validators = new Map();
  }

  /** Every operation as "METHOD /path", from the document, so that a new one is walked (or reported) too. */
  operations() {
    return Object.entries(this.document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => `${method.toUpperCase()} ${path}`));
  }

  operation(key) {
    const [method, path] = key.split(" ");
    return this.document.paths[path]?.[method.toLowerCase()];
  }

  resolve(node) {
    let current = node;
    while (current && current.$ref) {
      current = current.$ref.slice(2).split("/").reduce((target, part) => target[part.replaceAll("~1", "/")], this.document);
    }
    return current;
  }

  /** The mismatches of one answer to the operation named by key ("GET /api/v1/news/{slug}"). */
  check(key, answer) {
    const documented = this.operation(key)?.responses?.[answer.status] ?? this.operation(key)?.responses?.default;
    if (!documented) {
      return [`status ${answer.status} is not documented (documented: ${Object.keys(this.operation(key)?.responses ?? {})})`];
    }
    const response = this.resolve(documented);
    const problems = [];
    for (const [name, header] of Object.entries(response.headers ?? {}).map(([n, h]) => [n, this.resolve(h)])) {
      const value = answer.headers.get(name);
      if (header.required && value === null) {
        problems.push(`required header ${name} is missing`);
      } else if (value !== null && header.schema?.type === "integer" && !/^\d+$/.test(value)) {
        problems.push(`header ${name} is not an integer: ${value}`);
      }
    }
    const type = (answer.headers.get("content-type") ?? "").split(";")[0].trim();
    const content = response.content ?? {};
    if (answer.status === 304 || answer.method === "HEAD") {
      return problems;
    }
    if (answer.body.length === 0) {
      return Object.keys(content).length ? [...problems, `no body, documented ${Object.keys(content)}`] : problems;
    }
    if (!content[type]) {
      return [...problems, `content type "${type}" is not documented (documented: ${Object.keys(content).join(", ") || "no body"})`];
    }
    if (type.endsWith("json") && content[type].schema) {
      problems.push(...this.validate(content[type].schema, answer.body));
    }
    return problems;
  }

  validate(schema, body) {
    let value;
    try {
      value = JSON.parse(body);
    } catch (e) {
      return [`body is not JSON: ${e.message}`];
    }
    const key = JSON.stringify(schema);
    if (!this.validators.has(key)) {
      try {
        // An inline schema's references point into the document.
        this.validators.set(key, this.ajv.compile(JSON.parse(key.replaceAll('"#/', `"${SPEC_ID}#/`))));
      } catch (e) {
        return [`the schema does not compile: ${e.message}`];
      }
    }
    const validate = this.validators.get(key);
    return validate(value) ? [] : validate.errors.map((e) => `body${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  }

  /** Every pattern in the document compiles as an ECMA-262 regular expression and is anchored. */
  patternProblems(node = this.document, where = "") {
    if (Array.isArray(node)) {
      return node.flatMap((child, i) => this.patternProblems(child, `${where}/${i}`));
    }
    if (!node || typeof node !== "object") {
      return [];
    }
    return Object.entries(node).flatMap(([name, child]) => {
      if (name !== "pattern" || typeof child !== "string") {
        return this.patternProblems(child, `${where}/${name}`);
      }
      try {
        new RegExp(child, "u");
      } catch (e) {
        return [`${where}: ${e.message}`];
      }
      return child.startsWith("^") && child.endsWith("$") ? [] : [`${where}: ${child} is not anchored`];
    });
  }
}
