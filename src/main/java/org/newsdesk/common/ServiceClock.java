package org.newsdesk.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The service's idea of now and of today, in the configured time zone: today decides which scheduled
 * items are public. Tests replace this bean to move through time without waiting.
 */
@ApplicationScoped
public class ServiceClock {

    private final Clock clock;

    public ServiceClock(NewsdeskConfig config) {
        this.clock = Clock.system(ZoneId.of(config.timeZone()));
    }

    public Instant now() {
        return clock.instant();
    }

    /** The publication date that is public from now on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
