package org.newsdesk.news;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.newsdesk.news.NewsRepository.Publication;
import org.newsdesk.platform.config.NewsdeskConfig;
import org.newsdesk.platform.config.ServiceClock;

/**
 * Business gauges: how many items the public sees and when the newest was published (epoch seconds of
 * the start of its day in the service's time zone), counted as the public API counts. Scrapes read a
 * copy that is refreshed from the database at most once per newsdesk.metrics.refresh, so however
 * often (and by however many scrapers) the metrics are read, the database is asked rarely.
 */
@Startup
@ApplicationScoped
public class PublicationMetrics {

    private final NewsService news;
    private final ServiceClock clock;
    private final MeterRegistry registry;
    private final long refreshNanos;
    private Publication last;
    private long readAt;

    public PublicationMetrics(NewsService news, ServiceClock clock, MeterRegistry registry, NewsdeskConfig config) {
        this.news = news;
        this.clock = clock;
        this.registry = registry;
        this.refreshNanos = config.metrics().refresh().toNanos();
    }

    @PostConstruct
    void register() {
        Gauge.builder("newsdesk.published.items", this, metrics -> metrics.current().count())
                .description("Items the public sees").register(registry);
        Gauge.builder("newsdesk.last.publication.timestamp.seconds", this, PublicationMetrics::lastPublication)
                .description("Start of the newest public item's publication day, in seconds since the epoch")
                .register(registry);
    }

    private double lastPublication() {
        Publication publication = current();
        return publication.newest() == null ? Double.NaN
                : publication.newest().atStartOfDay(clock.zone()).toEpochSecond();
    }

    private synchronized Publication current() {
        long now = System.nanoTime();
        if (last == null || now - readAt >= refreshNanos) {
            last = news.publication();
            readAt = now;
        }
        return last;
    }
}
