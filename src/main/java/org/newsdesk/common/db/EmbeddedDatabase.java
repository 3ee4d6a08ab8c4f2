package org.newsdesk.common.db;

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
import org.newsdesk.common.db.LocalDatabase.Use;

/**
 * The embedded PostgreSQL of dev mode and the tests: binaries from Maven Central (zonky, provided scope,
 * so a production build has neither the class it uses nor the binaries). Dev mode's server keeps its
 * data in target/dev-database; the tests get a new server in a temporary directory on every run, so two
 * checkouts never share one. The server stops with the JVM.
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
        EmbeddedPostgres server = use == Use.DEV_MODE ? startDevServer() : startTestServer();
        String database = use == Use.DEV_MODE ? "newsdesk" : "newsdesk_test";
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
        LocalDatabase.createIfMissing(url, USER, "");
        System.setProperty(STARTED + use, url);
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        if (use == Use.DEV_MODE) {
            LOG.infof("Database: embedded PostgreSQL on port %d, data in %s (started in %d ms; set DB_URL, or "
                    + "DB_HOST, DB_PORT and DB_NAME, to use another)", server.getPort(), DEV_DATA, millis);
        } else {
            LOG.infof("Database: a new embedded PostgreSQL on port %d for this test run (started in %d ms; set "
                    + "TEST_DB_URL to use another)", server.getPort(), millis);
        }
        return url;
    }

    private static EmbeddedPostgres startDevServer() {
        stopOrphanedServer(DEV_DATA);
        return start(EmbeddedPostgres.builder().setDataDirectory(DEV_DATA.toFile()).setCleanDataDirectory(false),
                DEV_DATA.resolveSibling("dev-database.log"));
    }

    /** Throwaway data: nothing needs to survive a crash, so the server never waits for the disk. */
    private static EmbeddedPostgres startTestServer() {
        try {
            Path log = Files.createTempFile("newsdesk-test-database-", ".log");
            log.toFile().deleteOnExit();
            return start(EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off"), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder, Path log) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            return builder.setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start (its log: " + log + ")", e);
        }
    }

    /**
     * A server left running on the dev data by a dev mode that was killed holds the data directory:
     * it is asked to shut down (SIGTERM, PostgreSQL's smart shutdown) so that this one can start.
     */
    private static void stopOrphanedServer(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.isReadable(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server;
        try {
            List<String> lines = Files.readAllLines(pidFile);
            server = lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(process -> process.info().command().orElse("").contains("postgres"));
        } catch (IOException | NumberFormatException e) {
            return;
        }
        server.ifPresent(process -> {
            LOG.infof("Stopping the embedded PostgreSQL a previous dev mode left running (pid %d)", process.pid());
            process.destroy();
            try {
                process.onExit().get(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.debugf(e, "The embedded PostgreSQL left running did not stop");
            }
        });
    }
}
