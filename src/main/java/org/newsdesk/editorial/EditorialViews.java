package org.newsdesk.editorial;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the editorial endpoints answer with, besides news items themselves. */
public final class EditorialViews {

    private EditorialViews() {
    }

    @Schema(name = "RevisionSummary", description = "One change to a news item.", requiredProperties = {"number",
            "author", "createdAt", "action", "changed", "links"})
    public record RevisionSummary(
            @Schema(description = "From 1, one more per change.", examples = "2") int number,
            @Schema(description = "Who made it: the token's name (upn, preferred_username or sub).",
                    examples = "alice") String author,
            @Schema(examples = "2026-11-25T10:00:00Z") Instant createdAt,
            @Schema(description = "create, update or retire.", enumeration = {"create", "update", "retire"},
                    examples = "update") String action,
            @Schema(description = "The fields that changed.", examples = "[\"title\", \"topics\"]") List<String> changed,
            RevisionLinks links) {
    }

    @Schema(name = "RevisionDetail", description = "One change with the item as it was written then: a PUT of "
            + "content (with the current ETag) restores it, as a new revision.", requiredProperties = {"number", "author",
            "createdAt", "action", "changed", "content", "links"})
    public record RevisionDetail(
            @Schema(examples = "2") int number,
            @Schema(examples = "alice") String author,
            @Schema(examples = "2026-11-25T10:00:00Z") Instant createdAt,
            @Schema(enumeration = {"create", "update", "retire"}, examples = "update") String action,
            @Schema(examples = "[\"title\"]") List<String> changed,
            @Schema(description = "The item as written then: every field is there, null where it was not set.",
                    allOf = NewsWrite.class, requiredProperties = {"slug", "title", "summary", "body", "publishedOn",
                    "type", "status", "language", "image", "topics", "countries", "regions"})
            NewsWrite content,
            RevisionLinks links) {
    }

    @Schema(name = "RevisionList", description = "An item's revisions, newest first.", requiredProperties = "items")
    public record RevisionList(List<RevisionSummary> items) {
    }

    @Schema(name = "RevisionLinks", requiredProperties = {"self", "item"})
    public record RevisionLinks(
            @Schema(examples = "http://localhost:8080/api/v1/news/some-item/revisions/2") String self,
            @Schema(description = "The item.", examples = "http://localhost:8080/api/v1/news/some-item") String item) {
    }
}
