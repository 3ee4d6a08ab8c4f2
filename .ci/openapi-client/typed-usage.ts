// Compiled only (tsc --strict --noEmit), against the types openapi-typescript generates from the spec:
// it fails to compile when a field that every answer has is optional in the spec, when a nullable enum
// has become a plain string, or when the README's merge patch is not a valid PATCH body.
// No non-null assertions and no casts: the generated types must say it all.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/newsdesk";

type Schemas = components["schemas"];

export function listLine(page: Schemas["NewsPage"]): string {
  const item: Schemas["NewsSummary"] = page.items[0];
  const topics: string = item.topics.map((topic) => `${topic.slug} ${topic.name}`).join(", ");
  const countries: string = item.countries.map((country) => country.code).join(", ");
  const regions: string = item.regions.map((region) => region.name).join(", ");
  const picture: string | null = item.image === null ? null : item.image.url;
  const type: "news" | "feature" | "press-release" | "statement" = item.type;
  const status: "draft" | "published" | "retired" = item.status;
  const when: string = item.publishedOn;
  const pageNumber: number | null = page.page.number;
  const total: number = page.page.totalItems;
  const next: string | null = page.links.next;
  return [item.id, item.slug, item.title, item.summary, when, type, status, topics, countries, regions, picture,
    item.updatedAt, item.links.self, pageNumber, page.page.size, total, page.page.totalItemsExact,
    page.page.totalPages, page.links.self, next].join(" | ");
}

export function detailLine(item: Schemas["NewsDetail"]): string {
  const body: string | null = item.body;
  const createdAt: string = item.createdAt;
  const updatedAt: string = item.updatedAt;
  const revision: number = item.revision;
  const credit: string | null = item.image === null ? null : item.image.credit;
  return [item.title, body, createdAt, updatedAt, revision, credit, item.links.self].join(" | ");
}

export function taxonomyLines(topics: Schemas["TopicList"], regions: Schemas["RegionList"],
    countries: Schemas["CountryList"]): string[] {
  return [
    ...topics.items.map((topic) => `${topic.slug} ${topic.name} ${topic.count} ${topic.links.self} ${topic.links.news}`),
    ...regions.items.map((region) => `${region.slug} ${region.name} ${region.count}`),
    ...countries.items.map((country) => `${country.code} ${country.name} ${country.count} `
      + (country.region === null ? "no region" : country.region.slug)),
  ];
}

export function archiveLines(archive: Schemas["Archive"]): string[] {
  return archive.months.map((month) => `${month.month}: ${month.count}`);
}

export function revisionLines(revisions: Schemas["RevisionList"]): string[] {
  return revisions.items.map((revision) => {
    const action: "create" | "update" | "retire" = revision.action;
    return `${revision.number} ${revision.author} ${revision.createdAt} ${action} ${revision.changed.join(",")}`;
  });
}

export function revisionContent(revision: Schemas["RevisionDetail"]): string {
  const content = revision.content;
  const body: string | null = content.body;
  const topics: string[] | null = content.topics;
  return `${revision.number} ${content.title} ${content.slug} ${body} ${topics} ${content.status}`;
}

export function problemLine(problem: Schemas["Problem"]): string {
  const status: number = problem.status;
  return `${status} ${problem.title}: ${problem.detail} (${problem.instance}, request ${problem.requestId})`;
}

// The README's merge patch, as the PATCH body type of the spec.
type NewsPatch = paths["/api/v1/news/{slug}"]["patch"]["requestBody"]["content"]["application/merge-patch+json"];
export const readmePatch: NewsPatch = { summary: "What changes, and when.", image: null };
export const clearType: NewsPatch = { type: null, status: "published" };
// @ts-expect-error a nullable enum must stay an enum: "blog" is no news type
export const unknownType: NewsPatch = { type: "blog" };
type TopicPatch = paths["/api/v1/topics/{slug}"]["patch"]["requestBody"]["content"]["application/merge-patch+json"];
export const renameTopic: TopicPatch = { name: "Social security" };

// The same calls through a typed client.
const api = createClient<paths>({ baseUrl: "http://localhost:8080" });

export async function patchSummary(slug: string, etag: string): Promise<string> {
  const { data, error } = await api.PATCH("/api/v1/news/{slug}", {
    params: { path: { slug }, header: { "If-Match": etag } },
    headers: { "Content-Type": "application/merge-patch+json" },
    body: { summary: "What changes, and when.", image: null },
  });
  return data ? detailLine(data) : `${error}`;
}

export async function firstHeadline(): Promise<string> {
  const { data } = await api.GET("/api/v1/news", { params: { query: { topic: ["pensions"], size: 5 } } });
  return data ? listLine(data) : "no answer";
}

export async function months(): Promise<string[]> {
  const { data } = await api.GET("/api/v1/news/archive", {});
  return data ? archiveLines(data) : [];
}
