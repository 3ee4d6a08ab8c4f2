package org.newsdesk.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.newsdesk.news.NewsRepository.Publication;
import org.newsdesk.platform.config.NewsdeskConfig;
import org.newsdesk.platform.config.ServiceClock;

/** The gauges ask the service at most once per refresh period, however often they are read. */
class PublicationMetricsTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final NewsService news = new NewsService(null, null, null, null, null, null, null, null, null) {
        @Override
        public Publication publication() {
            return new Publication(20 + reads.incrementAndGet(), LocalDate.parse("2022-07-05"));
        }
    };

    @Test
    void aFreshReadIsReusedAcrossScrapes() {
        MeterRegistry registry = registry(Duration.ofHours(1), ZoneId.of("UTC"));
        assertEquals(21, registry.get("newsdesk.published.items").gauge().value());
        assertEquals(21, registry.get("newsdesk.published.items").gauge().value());
        assertEquals(1656979200, registry.get("newsdesk.last.publication.timestamp.seconds").gauge().value());
        assertEquals(1, reads.get());
    }

    @Test
    void aStaleReadIsRenewedInTheServiceTimeZone() {
        MeterRegistry registry = registry(Duration.ZERO, ZoneId.of("Asia/Bangkok"));
        assertEquals(21, registry.get("newsdesk.published.items").gauge().value());
        assertEquals(22, registry.get("newsdesk.published.items").gauge().value());
        assertEquals(1656979200 - 7 * 3600, registry.get("newsdesk.last.publication.timestamp.seconds").gauge().value());
        assertEquals(3, reads.get());
    }

    private MeterRegistry registry(Duration refresh, ZoneId zone) {
        MeterRegistry registry = new SimpleMeterRegistry();
        new PublicationMetrics(news, new ServiceClock(Clock.fixed(Instant.EPOCH, zone)), registry, config(refresh))
                .register();
        return registry;
    }

    private static NewsdeskConfig config(Duration refresh) {
        return new NewsdeskConfig() {
            @Override
            public SampleContent sampleContent() {
                return null;
            }

            @Override
            public Http http() {
                return null;
            }

            @Override
            public Optional<String> publicBaseUrl() {
                return Optional.empty();
            }

            @Override
            public String timeZone() {
                return null;
            }

            @Override
            public Editorial editorial() {
                return null;
            }

            @Override
            public Database database() {
                return null;
            }

            @Override
            public RateLimit rateLimit() {
                return null;
            }

            @Override
            public Metrics metrics() {
                return () -> refresh;
            }
        };
    }
}
