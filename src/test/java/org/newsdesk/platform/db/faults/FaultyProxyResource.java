package org.newsdesk.platform.db.faults;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts a {@link FaultyProxy} before Quarkus and hands it to the test's {@code FaultyProxy} field.
 * Arguments: {@code port} to listen on and {@code upstream}, the JDBC URL of the PostgreSQL it forwards to.
 */
public class FaultyProxyResource implements QuarkusTestResourceLifecycleManager {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");

    private FaultyProxy proxy;
    private int port;
    private Matcher upstream;

    /** The JDBC URL of this database as reached through a proxy on this port. */
    public static String throughProxy(String url, int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + parse(url).group(3);
    }

    @Override
    public void init(Map<String, String> args) {
        port = Integer.parseInt(args.get("port"));
        upstream = parse(args.get("upstream"));
    }

    @Override
    public Map<String, String> start() {
        try {
            proxy = new FaultyProxy(port, upstream.group(1),
                    upstream.group(2) == null ? 5432 : Integer.parseInt(upstream.group(2)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of();
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(proxy, new TestInjector.MatchesType(FaultyProxy.class));
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Matcher parse(String url) {
        Matcher matcher = URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalStateException("Not a jdbc:postgresql://host[:port]/database URL: " + url);
        }
        return matcher;
    }
}
