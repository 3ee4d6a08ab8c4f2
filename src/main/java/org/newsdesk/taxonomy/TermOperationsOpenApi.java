package org.newsdesk.taxonomy;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.newsdesk.platform.http.ApiLinks;

/**
 * Names the operations of {@link TermResource} for the kind each URL serves, so that a generated client has
 * listTopics and createRegion, each answering with its own schema, as if each kind had endpoints of its own.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class TermOperationsOpenApi implements OASFilter {

    private static final String TERM = "Term";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        for (TermKind kind : TermKind.values()) {
            String collection = ApiLinks.API + "/" + kind.collection;
            name(openApi.getPaths().getPathItem(collection), kind);
            name(openApi.getPaths().getPathItem(collection + "/{slug}"), kind);
        }
    }

    private static void name(PathItem path, TermKind kind) {
        if (path == null) {
            return;
        }
        path.getOperations().values().stream()
                .filter(operation -> operation.getOperationId() != null && operation.getOperationId().contains(TERM))
                .forEach(operation -> name(operation, kind));
    }

    private static void name(Operation operation, TermKind kind) {
        String id = operation.getOperationId();
        boolean list = id.equals("listTerms");
        operation.setOperationId(id.replace(TERM, kind.title));
        operation.setSummary(operation.getSummary().replace("terms", kind.collection).replace("term", kind.label));
        if (list) {
            operation.setDescription(kind.listDescription);
        } else if (id.startsWith("delete")) {
            operation.setDescription(kind.deleteRule);
        } else if (operation.getDescription() != null) {
            operation.setDescription(operation.getDescription().replace("term", kind.label));
        }
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(parameter -> "slug".equals(parameter.getName()))
                    .forEach(parameter -> parameter.setExample(kind.exampleSlug));
        }
        operation.getResponses().getAPIResponses().values().forEach(response -> {
            MediaType json = response.getContent() == null ? null
                    : response.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
            if (json != null) {
                response.setDescription(response.getDescription().replace("terms", kind.collection)
                        .replace("term", kind.label));
                json.setSchema(OASFactory.createSchema().ref(kind.title + (list ? "List" : "")));
            }
        });
    }
}
