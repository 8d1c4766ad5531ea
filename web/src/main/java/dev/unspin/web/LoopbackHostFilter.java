package dev.unspin.web;

import com.google.common.net.HostAndPort;
import com.google.common.net.InetAddresses;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Locale;

/**
 * Refuses requests whose {@code Host} is not a name of this machine while the server listens on
 * loopback only. Without it, a web site could rebind its own domain name to 127.0.0.1 (DNS
 * rebinding) and have the visitor's browser use the local API as if it were that site's.
 */
final class LoopbackHostFilter extends Filter {

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (isLoopbackName(host)) {
            chain.doFilter(exchange);
            return;
        }
        RequestBody.drain(exchange.getRequestBody());
        Responses.textError(exchange, new HttpError(421, "this server answers only to localhost, 127.0.0.1 or [::1], "
                + "not to the host " + (host == null ? "(none given)" : "'" + host + "'")
                + "; use --bind to serve other machines"));
    }

    @Override
    public String description() {
        return "refuses Host names other than this machine's while bound to loopback";
    }

    /** True for {@code localhost}, a loopback IP literal ({@code 127.0.0.1}, {@code [::1]}), with or without a port. */
    static boolean isLoopbackName(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String host;
        try {
            host = HostAndPort.fromString(hostHeader.trim()).getHost().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return true;
        }
        // A literal only: never a DNS lookup, which is what an attacker controls.
        return InetAddresses.isInetAddress(host) && InetAddresses.forString(host).isLoopbackAddress();
    }
}
