package org.newsdesk.platform.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who is asking, from the bearer token (MicroProfile JWT, roles from the groups claim). Authentication
 * is lazy: a request without Authorization is anonymous and never waits for it.
 */
@RequestScoped
public class Caller {

    /** Writes and reads news in every workflow state. */
    public static final String EDITOR = "editor";
    /** Everything an editor does, and the taxonomy too. */
    public static final String ADMIN = "admin";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isEditor() {
        return identity.hasRole(EDITOR) || identity.hasRole(ADMIN);
    }

    /** 401 without a token, 403 without the role. */
    public void requireEditor() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!isEditor()) {
            throw new ForbiddenException();
        }
    }

    /** The name revisions record: the token's preferred name (upn, preferred_username or sub). */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
