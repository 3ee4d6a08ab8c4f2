package org.newsdesk.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The read replica's state on /q/health/ready: current, behind (with by how many content versions)
 * or unreachable. Always UP: the primary serves whatever the replica cannot, so a replica outage
 * must not take instances out of the load balancer; and quick, as probes time out after a second: a
 * replica that does not answer within {@link #PROBE_MILLIS} is reported unreachable.
 */
@Readiness
@ApplicationScoped
public class ReplicaHealthCheck implements HealthCheck {

    static final long PROBE_MILLIS = 500;

    private final ReadSessions reads;
    private final ContentVersion contentVersion;
    private final ManagedExecutor executor;

    public ReplicaHealthCheck(ReadSessions reads, ContentVersion contentVersion, ManagedExecutor executor) {
        this.reads = reads;
        this.contentVersion = contentVersion;
        this.executor = executor;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Read replica").up();
        if (!reads.configured()) {
            return response.withData("state", "none: the primary serves all reads").build();
        }
        Optional<Long> replayed = reads.setAside() ? Optional.empty() : probe();
        if (replayed.isEmpty()) {
            return response.withData("state", "unreachable: the primary serves all reads").build();
        }
        long known = contentVersion.current();
        response.withData("replayedVersion", replayed.get());
        if (known != ContentVersion.UNKNOWN && replayed.get() < known) {
            return response.withData("state", "behind: the primary serves until it catches up")
                    .withData("versionsBehind", known - replayed.get()).build();
        }
        return response.withData("state", "current").build();
    }

    private Optional<Long> probe() {
        try {
            return executor.supplyAsync(reads::replayedVersion).get(PROBE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
