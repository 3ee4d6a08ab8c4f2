package org.newsdesk.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Schema shapes that typed clients need and annotations cannot give:
 * <ul>
 * <li>A JSON Merge Patch body (RFC 7396) gets its own schema, derived from the write schema it patches: the
 * same fields, none required, so that a patch of one field type-checks. Fields that the write schema lets be
 * null may be null here too (null clears them); the others may not, as the write rules refuse null there.</li>
 * <li>A nullable reference is {@code anyOf: [{$ref}, {type: null}]} alone: the {@code type} that SmallRye
 * writes beside it (string for an enum) makes generators type the field as a plain string.</li>
 * <li>A reference with more said about it ({@code @Schema(allOf = X.class, requiredProperties = ...)}) is
 * {@code allOf: [{$ref}]} with the rest beside it: SmallRye also writes the {@code $ref} itself there, and
 * generators read nothing beside a {@code $ref}.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ClientSchemasOpenApi implements OASFilter {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        schemas.values().forEach(ClientSchemasOpenApi::tidyReferences);
        if (openApi.getPaths() != null && openApi.getPaths().getPathItems() != null) {
            openApi.getPaths().getPathItems().values().stream()
                    .flatMap(item -> item.getOperations().values().stream())
                    .filter(operation -> operation.getRequestBody() != null
                            && operation.getRequestBody().getContent() != null)
                    .map(operation -> operation.getRequestBody().getContent().getMediaType(MERGE_PATCH))
                    .filter(Objects::nonNull)
                    .forEach(patch -> usePatchSchema(patch, openApi.getComponents()));
        }
    }

    private static void usePatchSchema(MediaType patch, Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        String ref = patch.getSchema() == null ? null : patch.getSchema().getRef();
        if (ref == null || !ref.startsWith(SCHEMAS) || !schemas.containsKey(ref.substring(SCHEMAS.length()))) {
            return;
        }
        String written = ref.substring(SCHEMAS.length());
        String name = written.replaceFirst("Write$", "") + "Patch";
        Schema write = schemas.get(written);
        if (!schemas.containsKey(name)) {
            components.addSchema(name, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .description("JSON Merge Patch (RFC 7396) of " + written + ": every field is optional; a "
                            + "field given replaces the current value, null clears it (only where " + written
                            + " allows null), fields left out stay as they are.")
                    .properties(new LinkedHashMap<>(write.getProperties())));
        }
        patch.setSchema(OASFactory.createSchema().ref(name));
    }

    /** Nullable references and references with more said about them, as above, at any depth. */
    private static void tidyReferences(Schema schema) {
        if (schema == null) {
            return;
        }
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf != null && schema.getType() != null && anyOf.stream().anyMatch(option -> option.getRef() != null)
                && anyOf.stream().anyMatch(option -> List.of(Schema.SchemaType.NULL).equals(option.getType()))) {
            schema.setType(null);
        }
        if (schema.getAllOf() != null && schema.getRef() != null) {
            schema.setRef(null);
            schema.setType(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ClientSchemasOpenApi::tidyReferences);
        }
        tidyReferences(schema.getItems());
        tidyReferences(schema.getAdditionalPropertiesSchema());
    }
}
