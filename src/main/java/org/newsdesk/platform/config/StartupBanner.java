package org.newsdesk.platform.config;

import io.quarkus.runtime.Application;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.newsdesk.platform.http.ApiLinks;

/**
 * Tells a new user where to go, as the last line of the start: once the server listens (it opens its
 * port only after the migrations and the sample content) and Quarkus has logged its own start lines.
 */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    void onListening(@ObservesAsync HttpServerStart start) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        Application application = Application.currentApplication();
        while (application != null && !application.isStarted() && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        String base = "http://localhost:" + start.options().getPort();
        LOG.infof("Newsdesk is up: Swagger UI %s/q/swagger-ui , home page %s/ , API %s%s/news , feed %s/feeds/news.rss",
                base, base, base, ApiLinks.API, base);
    }
}
