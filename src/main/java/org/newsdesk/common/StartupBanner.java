package org.newsdesk.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Tells a new user where to go once the service is up. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "quarkus.http.port") int port) {
        LOG.infof("Newsdesk is up: Swagger UI at http://localhost:%d/q/swagger-ui , API at http://localhost:%d%s/news",
                port, port, ApiLinks.API);
    }
}
