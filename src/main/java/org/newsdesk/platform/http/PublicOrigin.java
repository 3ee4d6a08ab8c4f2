package org.newsdesk.platform.http;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.platform.config.NewsdeskConfig;

/**
 * The scheme, host and port every absolute link is built on: the configured public base URL
 * (newsdesk.public-base-url, PUBLIC_BASE_URL) when there is one, so that no request header can put another
 * host into an answer that shared caches keep; otherwise the request's own, which platform/http/HostRequired
 * has checked and which comes from forwarded headers only on a connection from a trusted proxy.
 */
@ApplicationScoped
@Startup
public class PublicOrigin {

    /** What a request's links depend on besides its URL, when no base URL is configured and proxies are trusted. */
    private static final String FORWARDED_HEADERS = "X-Forwarded-Host, X-Forwarded-Proto, X-Forwarded-Port, "
            + "X-Forwarded-Ssl";
    private final Optional<URI> configured;
    private final boolean behindProxy;

    public PublicOrigin(NewsdeskConfig config,
            @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding") boolean behindProxy) {
        this.configured = config.publicBaseUrl().map(PublicOrigin::parse);
        this.behindProxy = behindProxy;
    }

    /** The links of this request. */
    public ApiLinks links(UriInfo uri) {
        URI request = uri.getRequestUri();
        if (configured.isEmpty()) {
            return new ApiLinks(URI.create(request.getScheme() + "://" + request.getRawAuthority()), request);
        }
        String query = request.getRawQuery() == null ? "" : "?" + request.getRawQuery();
        return new ApiLinks(configured.get(), URI.create(configured.get() + request.getRawPath() + query));
    }

    /** The request headers, besides the URL, that the links in an answer depend on ("" for none). */
    public String linkHeaders() {
        return configured.isEmpty() && behindProxy ? FORWARDED_HEADERS : "";
    }

    /** scheme://host[:port] of an absolute http(s) URL of a root; anything else fails the start. */
    static URI parse(String value) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean root = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && root
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null
                    && (uri.getPort() == -1 || uri.getPort() >= 1 && uri.getPort() <= 65_535)) {
                return new URI(scheme, null, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(), null, null, null);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("PUBLIC_BASE_URL (newsdesk.public-base-url) must be an absolute http(s) URL "
                + "of the service's root, with no path, query or fragment, such as https://news.example.org; got \""
                + value + "\"");
    }
}
