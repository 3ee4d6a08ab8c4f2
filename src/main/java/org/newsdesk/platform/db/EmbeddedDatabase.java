package org.newsdesk.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.newsdesk.platform.db.LocalDatabase.Use;

/**
 * The embedded PostgreSQL of dev mode and the tests: binaries from Maven Central (zonky, provided scope,
 * so a production build has neither the class it uses nor the binaries). Dev mode's server keeps its
 * data in target/dev-database; the tests get a new server in a temporary directory on every run, so two
 * checkouts never share one. The server stops with the JVM, after the service.
 */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final Path DEV_DATA = Path.of("target", "dev-database");
    /**
     * Where this JVM keeps the URL of the server it started. Dev mode's live reload and the tests' profiles
     * build the configuration again in new class loaders, and must find the same server.
     */
    private static final String STARTED = "org.newsdesk.embedded-database.url.";

    private EmbeddedDatabase() {
    }

    static synchronized String url(Use use) {
        String started = System.getProperty(STARTED + use);
        if (started != null) {
            return started;
        }
        long start = System.nanoTime();
        int port = use == Use.DEV_MODE ? startDevServer() : startTestServer();
        String database = use == Use.DEV_MODE ? "newsdesk" : "newsdesk_test";
        String url = "jdbc:postgresql://localhost:" + port + "/" + database;
        LocalDatabase.createIfMissing(url, USER, "");
        System.setProperty(STARTED + use, url);
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        if (use == Use.DEV_MODE) {
            LOG.infof("Database: embedded PostgreSQL on port %d, data in %s (started in %d ms; set DB_URL, or "
                    + "DB_HOST, DB_PORT and DB_NAME, to use another)", port, DEV_DATA, millis);
        } else {
            LOG.infof("Database: a new embedded PostgreSQL on port %d for this test run (started in %d ms; set "
                    + "TEST_DB_URL to use another)", port, millis);
        }
        return url;
    }

    private static int startDevServer() {
        postmaster(DEV_DATA).ifPresent(EmbeddedDatabase::stopLeftOver);
        return start(EmbeddedPostgres.builder().setDataDirectory(DEV_DATA.toFile()).setCleanDataDirectory(false),
                DEV_DATA, DEV_DATA.resolveSibling("dev-database.log"));
    }

    /** Throwaway data: nothing needs to survive a crash, so the server never waits for the disk. */
    private static int startTestServer() {
        try {
            Path data = Files.createTempDirectory("newsdesk-test-database-");
            Path log = Files.createTempFile("newsdesk-test-database-", ".log");
            log.toFile().deleteOnExit();
            return start(EmbeddedPostgres.builder().setDataDirectory(data.toFile()).setCleanDataDirectory(true)
                    .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off"), data, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the server (in a session of its own, so a Ctrl+C reaches the service, not it) and stops it when
     * the JVM exits. Not with zonky's own shutdown hook: its fast shutdown, running beside the service's,
     * would cut the service's connections while it closes them, and the service would warn.
     */
    private static int start(EmbeddedPostgres.Builder builder, Path data, Path log) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            EmbeddedPostgres server = builder.setRegisterShutdownHook(false)
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile())).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, data), "embedded-postgres-stop"));
            return server.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start (its log: " + log + ")", e);
        }
    }

    /**
     * A smart shutdown first (SIGTERM): PostgreSQL waits until the service, stopping meanwhile, has closed
     * its connections. Then zonky's stop, which ends a server still running and removes a test run's data.
     */
    private static void stop(EmbeddedPostgres server, Path data) {
        postmaster(data).ifPresent(postmaster -> {
            postmaster.destroy();
            awaitExit(postmaster);
        });
        try {
            server.close();
        } catch (IOException e) {
            LOG.debugf(e, "The embedded PostgreSQL did not stop");
        }
    }

    /** The server running on these data, from its postmaster.pid (a stale file may name another program). */
    private static Optional<ProcessHandle> postmaster(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.isReadable(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(process -> command(process).contains("postgres"));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The program a process runs. One zonky started as root runs in a user namespace, whose executable
     * Java cannot see; its command line (Linux's /proc) still names it.
     */
    private static String command(ProcessHandle process) {
        return process.info().command().orElseGet(() -> {
            try {
                return Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline"));
            } catch (IOException e) {
                return "";
            }
        });
    }

    /**
     * A server left running on the dev data by a dev mode that was killed holds the data directory:
     * it is asked to shut down (a smart shutdown: it has no clients left) so that this one can start.
     */
    private static void stopLeftOver(ProcessHandle postmaster) {
        LOG.infof("Stopping the embedded PostgreSQL a previous dev mode left running (pid %d)", postmaster.pid());
        postmaster.destroy();
        awaitExit(postmaster);
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debugf(e, "PostgreSQL (pid %d) did not stop", process.pid());
        }
    }
}
