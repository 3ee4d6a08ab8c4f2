package org.newsdesk.platform.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * One rule for a bearer token on every route, public reads included: a token that is sent is checked, and
 * one that is not valid (expired, wrongly signed, another issuer) is a 401 with error="invalid_token"
 * (RFC 6750 §3.1), whether or not the route needs it. Without this, authentication being lazy, a route
 * would judge the token only if it happened to ask who is calling, so a stale token failed on one route
 * and was ignored on the next. A request without Authorization (or with another scheme) stays anonymous
 * and never waits for this.
 */
public class SentTokens {

    private final CurrentIdentityAssociation identities;

    public SentTokens(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> checkTheSentToken(HttpHeaders headers) {
        if (headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().voidItem();
        }
        // An invalid token fails with AuthenticationFailedException, which ProblemMappers answers.
        return identities.getDeferredIdentity().replaceWithVoid();
    }
}
