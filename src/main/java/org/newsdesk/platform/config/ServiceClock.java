package org.newsdesk.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The service's idea of now and of today, in the configured time zone: today decides which scheduled
 * items are public. The {@link Clock} is a bean of its own so that tests can replace it
 * (QuarkusMock) and move through time without waiting.
 */
@ApplicationScoped
public class ServiceClock {

    private final Clock clock;

    public ServiceClock(Clock clock) {
        this.clock = clock;
    }

    @Produces
    @ApplicationScoped
    static Clock systemClock(NewsdeskConfig config) {
        return Clock.system(ZoneId.of(config.timeZone()));
    }

    public Instant now() {
        return clock.instant();
    }

    /** The calendar's time zone: the day a publication date starts in. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** The publication date that is public from now on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
