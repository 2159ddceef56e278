package app.throughline.webhook;

import app.throughline.api.InvalidRequest;
import app.throughline.platform.ThroughlineConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SSRF guard. A webhook URL must be http(s) to a host that resolves, and every address it
 * resolves to must be public: loopback, private, link-local (with the cloud metadata address),
 * unique-local, multicast, unspecified, CGNAT and IPv4-mapped/-compatible IPv6 addresses are
 * refused, and so are IPv4 addresses written in decimal, octal or hex. Addresses in the configured
 * CIDRs ({@code throughline.webhooks.allow-private-targets}) are allowed anyway. Checked on create,
 * on every update and before every delivery; the delivery connects to the address checked here.
 */
@ApplicationScoped
public class WebhookTargets {

    /** A URL that passed: its parts and the address to connect to. */
    public record Target(URI uri, String host, int port, InetAddress address) {}

    /** Something that looks like an IPv4 number: digits, hex, dots only. */
    private static final Pattern NUMERIC_HOST = Pattern.compile("^(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]*))*$");

    private static final Pattern DOTTED_QUAD = Pattern.compile(
            "^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$");

    private final List<Cidr> allowed;

    @Inject
    WebhookTargets(ThroughlineConfig config) {
        this(config.webhooks().allowPrivateTargets().orElse(List.of()));
    }

    /** For tests: a guard with these allowed CIDRs. */
    public WebhookTargets(List<String> allowedCidrs) {
        List<Cidr> cidrs = new ArrayList<>();
        for (String text : allowedCidrs) {
            if (!text.isBlank()) {
                cidrs.add(Cidr.parse(text.trim()));
            }
        }
        this.allowed = List.copyOf(cidrs);
    }

    /** Checks the URL; 422 (naming {@code field}) when it may not be a webhook target. */
    public Target check(String url, String field) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw refuse(field, "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refuse(field, "must be an http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw refuse(field, "must not contain a user name or password");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw refuse(field, "has no host");
        }
        host = host.toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        boolean literal6 = host.startsWith("[");
        if (!literal6
                && NUMERIC_HOST.matcher(host).matches()
                && !DOTTED_QUAD.matcher(host).matches()) {
            throw refuse(field, "names an IPv4 address in a non-standard notation (decimal, octal or hex)");
        }
        if (host.isEmpty() || host.equals("localhost") || host.endsWith(".localhost")) {
            throw refuse(field, "points at this machine (loopback)");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(literal6 ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException | SecurityException e) {
            throw refuse(field, "has a host that does not resolve");
        }
        if (addresses.length == 0) {
            throw refuse(field, "has a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            String why = refusal(address);
            if (why != null && !isAllowed(address)) {
                throw refuse(field, "resolves to " + why + " address " + address.getHostAddress());
            }
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new Target(uri, host, port, addresses[0]);
    }

    private boolean isAllowed(InetAddress address) {
        return allowed.stream().anyMatch(c -> c.contains(address));
    }

    /** Why the address is not public, or null when it is. */
    static String refusal(InetAddress a) {
        byte[] b = a.getAddress();
        if (a.isLoopbackAddress()) {
            return "a loopback";
        }
        if (a.isAnyLocalAddress()) {
            return "an unspecified";
        }
        if (a.isMulticastAddress()) {
            return "a multicast";
        }
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 169 && second == 254) {
                return "a link-local (metadata)";
            }
            if (a.isSiteLocalAddress()) {
                return "a private";
            }
            if (first == 0 || first == 127 || first >= 240) {
                return "a reserved";
            }
            if (first == 100 && (second & 0xc0) == 64) {
                return "a shared (CGNAT)";
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "a benchmarking";
            }
            return null;
        }
        if (a instanceof Inet6Address) {
            if (a.isLinkLocalAddress() || a.isSiteLocalAddress()) {
                return "a link-local";
            }
            if ((b[0] & 0xfe) == 0xfc) {
                return "a unique-local";
            }
            boolean zeroPrefix = true;
            for (int i = 0; i < 10; i++) {
                zeroPrefix &= b[i] == 0;
            }
            if (zeroPrefix && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
                return "an IPv4-mapped";
            }
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                return "a NAT64";
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return "a 6to4";
            }
            return null;
        }
        return "an unknown kind of";
    }

    private static InvalidRequest refuse(String field, String message) {
        return InvalidRequest.field(field, message);
    }

    /** An address range in CIDR notation. */
    record Cidr(byte[] network, int bits) {

        static Cidr parse(String text) {
            String[] parts = text.split("/", 2);
            try {
                byte[] address = InetAddress.getByName(parts[0]).getAddress();
                int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
                if (bits < 0 || bits > address.length * 8) {
                    throw new IllegalArgumentException("bad prefix length in " + text);
                }
                return new Cidr(address, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException(
                        "throughline.webhooks.allow-private-targets: not a CIDR: " + text, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (a[full] & mask) == (network[full] & mask);
        }
    }
}
