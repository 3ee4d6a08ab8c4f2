package org.newsdesk.platform.security;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsdesk.platform.http.ParamChecks;
import org.newsdesk.platform.openapi.OpenApiDefinition;

/**
 * Tokens for trying the write API without an identity provider, signed with the development key that
 * only dev and test builds trust. Production builds do not contain this endpoint at all.
 */
@Path("/dev/token")
@IfBuildProfile(anyOf = {"dev", "test"})
@Tag(name = "Development", description = "Dev and test builds only: tokens signed with the development key, for "
        + "trying the editorial API here.")
@SecurityRequirements // anyone may ask: the key it signs with is trusted by dev and test builds only
public class DevTokenResource {

    private static final Set<String> ROLES = Set.of(Caller.EDITOR, Caller.ADMIN);
    private static final Pattern USER = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");

    @Schema(name = "DevToken", requiredProperties = {"accessToken", "tokenType", "expiresIn"})
    public record DevToken(String accessToken, String tokenType, long expiresIn) {
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createDevToken",
            summary = "Get a development token", description = "Dev mode only: a bearer token for the given "
            + "user and roles, valid for an hour. Paste accessToken into Swagger UI's Authorize.")
    @APIResponse(responseCode = "200", description = "The token.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DevToken.class)))
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
    public DevToken token(
            @QueryParam("user") @Parameter(description = "The name revisions record.", example = "alice") String user,
            @QueryParam("roles") @Parameter(description = "editor, admin or both, comma-separated.",
                    example = "editor") String roles) {
        Set<String> groups = new LinkedHashSet<>(Arrays.asList((roles == null || roles.isBlank() ? Caller.EDITOR
                : roles).split(",")));
        groups.removeIf(String::isBlank);
        ParamChecks checks = new ParamChecks();
        checks.require("roles", groups, ROLES::containsAll, "must be editor, admin or both");
        String name = checks.value("user", user, USER, value -> value, "must be 1 to 100 letters, digits or . _ @ -");
        checks.throwIfAny();
        if (name == null) {
            name = "dev-editor";
        }
        return new DevToken(Jwt.upn(name).groups(groups).sign(), "Bearer", 3600);
    }
}
