// Calls every operation of the OpenAPI document on a running service (NEWSDESK_URL) with valid inputs,
// plus error cases, and checks each answer against the document (spec.mjs). One line per answer, then a
// summary; exits 1 on any mismatch, or when an operation was never answered with success.
// Usage: node walk.mjs <openapi.json>
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { Spec } from "./spec.mjs";

const BASE = (process.env.NEWSDESK_URL ?? "http://localhost:8080").replace(/\/$/, "");
const spec = new Spec(JSON.parse(readFileSync(process.argv[2] ?? "generated/openapi.json", "utf8")));
const RUN = Date.now().toString(36);
const MERGE_PATCH = { "Content-Type": "application/merge-patch+json" };
// The README's merge patch.
const README_PATCH = { summary: "What changes, and when.", image: null };
// Parameter values that the document's examples cannot give: oEmbed only describes pages of this site.
const VALUES = { url: `${BASE}/?topic=pensions` };

const failures = [];
const succeeded = new Set();
let passed = 0;

/** Sends a request as the operation named by key ("GET /api/v1/news/{slug}") and checks the answer. */
async function call(key, { method, path, query = {}, headers = {}, body, token, expect }) {
  const [documentedMethod, template] = key.split(" ");
  const url = new URL(BASE + (path ?? template));
  Object.entries(query).forEach(([name, value]) => url.searchParams.append(name, value));
  // A header given as undefined is one left out.
  const sent = Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined));
  const init = { method: method ?? documentedMethod, headers: sent, redirect: "manual" };
  if (token) init.headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) {
    init.body = typeof body === "string" ? body : JSON.stringify(body);
    init.headers["Content-Type"] ??= "application/json";
  }
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, init);
    const answer = { status: response.status, method: init.method, headers: response.headers, body: await response.text() };
    const problems = spec.check(key, answer);
    if (answer.status !== expect && answer.status !== 429) problems.push(`expected ${expect}`);
    const line = `${init.method} ${url.pathname}${url.search} -> ${answer.status}`
      + (init.method === documentedMethod ? "" : ` (as documented for ${key})`);
    if (problems.length) {
      failures.push(`${line}: ${problems.join("; ")}`);
      console.log(`FAIL ${line}: ${problems.join("; ")}`);
    } else {
      passed++;
      console.log(`ok   ${line}`);
    }
    if (init.method === documentedMethod && answer.status < 300) succeeded.add(key);
    // Over the rate limit (a documented answer too): wait as told, then try again.
    if (answer.status !== 429 || attempt === 3) return answer;
    await sleep(Number(answer.headers.get("retry-after") ?? 1) * 1000);
  }
}

const json = (answer) => JSON.parse(answer.body);

async function token(roles) {
  const key = "POST /dev/token";
  const query = { user: "spec-walker", roles };
  // A document built for production has no /dev/token: then it is only a means to an end here.
  const answer = spec.operation(key) ? await call(key, { query, expect: 200 })
    : await fetch(`${BASE}/dev/token?${new URLSearchParams(query)}`, { method: "POST" })
      .then(async (response) => ({ body: await response.text() }));
  return json(answer).accessToken;
}

function example(parameter) {
  return VALUES[parameter.name] ?? parameter.example ?? Object.values(parameter.examples ?? {})[0]?.value
    ?? parameter.schema?.examples?.[0];
}

/** Every public GET, its path parameters from the document's examples; then again with If-None-Match. */
async function publicReads() {
  for (const key of spec.operations().filter((operation) => operation.startsWith("GET "))) {
    const operation = spec.operation(key);
    if (operation.security?.length && operation.security.every((requirement) => Object.keys(requirement).length)) {
      continue; // editors' reads: walked with the item they wrote
    }
    const parameters = (operation.parameters ?? []).map((parameter) => spec.resolve(parameter));
    let path = key.slice(4);
    const query = {};
    for (const parameter of parameters.filter((p) => p.in === "path" || p.in === "query" && p.required)) {
      const value = example(parameter);
      if (value === undefined) continue;
      if (parameter.in === "path") path = path.replace(`{${parameter.name}}`, encodeURIComponent(value));
      else query[parameter.name] = value;
    }
    if (path.includes("{")) continue; // no example: reported below as never answered with success
    const answer = await call(key, { path, query, expect: 200 });
    if (answer.headers.get("etag")) {
      await call(key, { path, query, headers: { "If-None-Match": answer.headers.get("etag") }, expect: 304 });
    }
  }
  // Answers with their optional parts: search highlights, facets, all countries.
  await call("GET /api/v1/news", { query: { q: "pension", facets: "topic,month,type" }, expect: 200 });
  await call("GET /api/v1/news", { query: { topic: "pensions", size: "1" }, expect: 200 });
  await call("GET /api/v1/countries", { query: { all: "true" }, expect: 200 });
}

async function newsWrites(editor) {
  const write = { title: `Spec walk ${RUN}`, summary: "Written by the OpenAPI client check.", publishedOn: "2022-01-01",
    topics: ["pensions"], countries: ["TH"], image: { url: "https://example.org/walk.jpg", alt: "A walk", credit: "Newsdesk" } };
  const idempotent = { "Idempotency-Key": `spec-walk-${RUN}` };
  const created = await call("POST /api/v1/news", { body: write, token: editor, headers: idempotent, expect: 201 });
  await call("POST /api/v1/news", { body: write, token: editor, headers: idempotent, expect: 201 });
  await call("POST /api/v1/news", { body: { ...write, summary: "Another." }, token: editor, headers: idempotent, expect: 422 });
  let slug = json(created).slug;
  let etag = created.headers.get("etag");
  const item = (path = "") => `/api/v1/news/${slug}${path}`;
  const change = async (key, body, headers, expect = 200) => {
    const answer = await call(key, { path: item(), body, token: editor, headers: { "If-Match": etag, ...headers }, expect });
    if (answer.status === 200) [slug, etag] = [json(answer).slug, answer.headers.get("etag")];
  };

  await call("GET /api/v1/news/{slug}", { path: item(), token: editor, expect: 200 });
  await change("PUT /api/v1/news/{slug}", { ...write, body: "<p>Now with a body.</p>", type: "feature" });
  await change("PATCH /api/v1/news/{slug}", README_PATCH, MERGE_PATCH);
  await call("GET /api/v1/news/{slug}/revisions", { path: item("/revisions"), token: editor, expect: 200 });
  await call("GET /api/v1/news/{slug}/revisions/{number}", { path: item("/revisions/1"), token: editor, expect: 200 });
  await call("GET /api/v1/news/{slug}/revisions/{number}", { path: item("/revisions/99"), token: editor, expect: 404 });

  // A new slug: the old one answers 301 to reads and 308 to writes, with Location.
  const old = item();
  await change("PATCH /api/v1/news/{slug}", { slug: `${slug}-moved` }, MERGE_PATCH);
  await call("GET /api/v1/news/{slug}", { path: old, token: editor, expect: 301 });
  await call("GET /api/v1/news/{slug}/revisions", { path: `${old}/revisions`, token: editor, expect: 301 });
  await call("PUT /api/v1/news/{slug}", { path: old, body: write, token: editor, headers: { "If-Match": etag }, expect: 308 });
  await call("DELETE /api/v1/news/{slug}", { path: old, token: editor, headers: { "If-Match": etag }, expect: 308 });

  // What a write can get wrong.
  await change("PATCH /api/v1/news/{slug}", { summary: "No If-Match." }, { ...MERGE_PATCH, "If-Match": undefined }, 428);
  await change("PATCH /api/v1/news/{slug}", { summary: "Stale." }, { ...MERGE_PATCH, "If-Match": '"stale"' }, 412);
  await change("PATCH /api/v1/news/{slug}", { summary: "Not a merge patch." }, { "Content-Type": "application/json" }, 415);
  await change("PUT /api/v1/news/{slug}", { ...write, title: "" }, {}, 400);
  await call("POST /api/v1/news", { body: write, expect: 401 });
  await call("POST /api/v1/news", { body: "a title", token: editor, headers: { "Content-Type": "text/plain" }, expect: 415 });
  await call("POST /api/v1/news", { body: { ...write, summary: "x".repeat(1_100_000) }, token: editor, expect: 413 });

  // A translation: an item of its own in the item's translation group, then detached and retired.
  const french = { ...write, title: `Marche ${RUN}`, language: "fr" };
  const translations = item("/translations");
  const translated = await call("POST /api/v1/news/{slug}/translations", { path: translations, body: french, token: editor, expect: 201 });
  await call("POST /api/v1/news/{slug}/translations", { path: translations, body: french, token: editor, expect: 409 });
  await call("POST /api/v1/news/{slug}/translations", { path: translations, body: write, token: editor, expect: 400 });
  await call("DELETE /api/v1/news/{slug}/translations/{language}", { path: item("/translations/fr"), token: editor, expect: 204 });
  await call("DELETE /api/v1/news/{slug}/translations/{language}", { path: item("/translations/fr"), token: editor, expect: 404 });
  await call("DELETE /api/v1/news/{slug}/translations/{language}", { path: item("/translations/french"), token: editor, expect: 400 });
  // Detached, it lists no translation any more: a new version to retire it from.
  const frenchPath = `/api/v1/news/${json(translated).slug}`;
  const detached = await call("GET /api/v1/news/{slug}", { path: frenchPath, token: editor, expect: 200 });
  await call("DELETE /api/v1/news/{slug}", { path: frenchPath, token: editor,
    headers: { "If-Match": detached.headers.get("etag") }, expect: 204 });

  await call("DELETE /api/v1/news/{slug}", { path: item(), token: editor, expect: 428 });
  await call("DELETE /api/v1/news/{slug}", { path: item(), token: editor, headers: { "If-Match": etag }, expect: 204 });
}

async function taxonomyWrites(kind, admin, editor) {
  const base = `/api/v1/${kind}`;
  const name = `Spec walk ${kind} ${RUN}`;
  const created = await call(`POST ${base}`, { body: { name }, token: admin, expect: 201 });
  const slug = json(created).slug;
  let etag = created.headers.get("etag");
  const path = `${base}/${slug}`;
  await call(`POST ${base}`, { body: { name, slug }, token: admin, expect: 409 });
  await call(`POST ${base}`, { body: { name: `${name} too` }, token: editor, expect: 403 });
  await call(`GET ${base}/{slug}`, { path, expect: 200 });
  for (const [method, body, headers] of [["PUT", { name: `${name} renamed` }, {}], ["PATCH", { name: `${name} patched` }, MERGE_PATCH]]) {
    const answer = await call(`${method} ${base}/{slug}`, { path, body, token: admin, headers: { "If-Match": etag, ...headers }, expect: 200 });
    etag = answer.headers.get("etag");
  }
  await call(`PATCH ${base}/{slug}`, { path, body: { name: null }, token: admin, headers: { "If-Match": etag, ...MERGE_PATCH }, expect: 400 });
  await call(`DELETE ${base}/{slug}`, { path, token: admin, headers: { "If-Match": '"stale"' }, expect: 412 });
  await call(`DELETE ${base}/{slug}`, { path, token: admin, headers: { "If-Match": etag }, expect: 204 });
  await call(`GET ${base}/{slug}`, { path, expect: 404 });
}

async function readErrors() {
  await call("GET /api/v1/news", { query: { month: "2022-13" }, expect: 400 });
  await call("GET /api/v1/countries", { query: { all: "maybe" }, expect: 400 });
  await call("GET /api/v1/news/{slug}", { path: `/api/v1/news/no-such-item-${RUN}`, expect: 404 });
  await call("GET /api/v1/news", { method: "DELETE", expect: 405 });
  await call("GET /api/v1/topics", { method: "PUT", body: { name: "x" }, expect: 405 });
  await call("GET /api/v1/news", { headers: { Accept: "application/xml" }, expect: 406 });
  await call("GET /oembed", { query: { url: VALUES.url }, headers: { Accept: "application/xml" }, expect: 406 });
  await call("GET /oembed", { query: { url: VALUES.url, format: "xml" }, expect: 501 });
  await call("GET /oembed", { query: { url: "https://elsewhere.example/" }, expect: 404 });
  // A path not in normal form, and a token that is not valid on a public read (both documented everywhere).
  await call("GET /api/v1/topics", { path: "/api/v1/topics;x=1", expect: 400 });
  await call("GET /api/v1/topics", { token: "not-a-jwt", expect: 401 });
  await call("GET /oembed", { query: { url: VALUES.url }, token: "not-a-jwt", expect: 401 });
}

const patternProblems = spec.patternProblems();
patternProblems.forEach((problem) => console.log(`FAIL pattern ${problem}`));
failures.push(...patternProblems);
const [editor, admin] = [await token("editor"), await token("admin")];
await publicReads();
await newsWrites(editor);
await taxonomyWrites("topics", admin, editor);
await taxonomyWrites("regions", admin, editor);
await readErrors();
for (const key of spec.operations().filter((operation) => !succeeded.has(operation))) {
  console.log(`FAIL ${key}: never answered with success (walk.mjs has no valid call for it)`);
  failures.push(key);
}
console.log(`\n${spec.operations().length} operations, ${passed + failures.length} checks`);
console.log(`openapi-client: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
