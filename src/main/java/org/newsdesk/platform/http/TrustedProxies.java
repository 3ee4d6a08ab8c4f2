package org.newsdesk.platform.http;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who the client of a request is. X-Forwarded-For is believed only on a connection from a trusted proxy
 * (quarkus.http.proxy.trusted-proxies, HTTP_TRUSTED_PROXIES): read from the right, the first hop that is not
 * itself a trusted proxy is the client. Hops further left were written by the client and are never used, so
 * a client can neither rotate its identity nor take another's. Any other connection is its own address.
 */
@ApplicationScoped
@Startup
public class TrustedProxies {

    private final boolean behindProxy;
    private final List<Network> trusted;

    public TrustedProxies(@ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding") boolean behindProxy,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trusted) {
        this.behindProxy = behindProxy;
        this.trusted = trusted.orElse(List.of()).stream().map(String::strip).filter(entry -> !entry.isEmpty())
                .map(Network::parse).toList();
        // Quarkus believes forwarded headers from every peer when no proxy is named: never accept that.
        if (behindProxy && this.trusted.isEmpty()) {
            throw new IllegalStateException("HTTP_BEHIND_PROXY=true needs HTTP_TRUSTED_PROXIES "
                    + "(quarkus.http.proxy.trusted-proxies): the addresses or CIDRs of the proxies in front of "
                    + "this service, such as 10.0.0.0/8");
        }
    }

    /** Whether a connection from {@code peer} has its forwarded headers believed. */
    public boolean forwards(String peer) {
        return behindProxy && peer != null && trusts(peer);
    }

    /** The client's address, from the connection's {@code peer} and the X-Forwarded-For header lines. */
    public String client(String peer, List<String> forwardedFor) {
        if (!forwards(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(line -> hops.addAll(List.of(line.split(","))));
        String nearest = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = address(hopAddress(hops.get(i).strip()));
            if (hop.isEmpty()) {
                return nearest; // not written by a proxy: the last address vouched for is all that is known
            }
            nearest = hop.get().getHostAddress();
            if (!trusts(hop.get())) {
                return nearest;
            }
        }
        return nearest;
    }

    private boolean trusts(String address) {
        return address(address).map(this::trusts).orElse(false);
    }

    private boolean trusts(InetAddress address) {
        return trusted.stream().anyMatch(network -> network.contains(address));
    }

    /** An IP address, with a port or without: "203.0.113.7", "203.0.113.7:4711", "[2001:db8::1]:4711". */
    static boolean isHop(String hop) {
        String port = hop.substring(hopAddress(hop).length() + (hop.startsWith("[") ? 2 : 0));
        return address(hopAddress(hop)).isPresent()
                && (port.isEmpty() || port.startsWith(":") && HostRequired.isPort(port.substring(1)));
    }

    /** A hop without its port. */
    private static String hopAddress(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    /** An IP literal; never a name, which would mean a DNS lookup per request. */
    static Optional<InetAddress> address(String literal) {
        boolean ipv4 = literal.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = literal.contains(":") && literal.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address or a CIDR network such as 10.0.0.0/8. */
    record Network(byte[] prefix, int bits) {

        static Network parse(String entry) {
            String[] parts = entry.split("/", 2);
            InetAddress address = address(parts[0]).orElseThrow(() -> invalid(entry));
            int max = address.getAddress().length * 8;
            int bits;
            try {
                bits = parts.length == 1 ? max : Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw invalid(entry);
            }
            if (bits < 0 || bits > max) {
                throw invalid(entry);
            }
            return new Network(address.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        private static IllegalArgumentException invalid(String entry) {
            return new IllegalArgumentException("HTTP_TRUSTED_PROXIES (quarkus.http.proxy.trusted-proxies): \""
                    + entry + "\" is not an IP address or a CIDR network such as 10.0.0.0/8");
        }
    }
}
