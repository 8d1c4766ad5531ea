package dev.unspin.web;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Locale;

/**
 * Refuses API requests that a page of another origin sent: a browser names the page's origin in
 * {@code Origin}, and a "simple" cross-origin POST ({@code Content-Type: text/plain}) reaches the
 * server without asking first. The other page cannot read the answer, but it could make the
 * visitor's machine run checks, seconds of model time each. Requests without {@code Origin}
 * (curl, newsroom tools) and from the page itself are served.
 */
final class SameOriginFilter extends Filter {

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (origin == null || sameOrigin(origin, host)) {
            chain.doFilter(exchange);
            return;
        }
        RequestBody.drain(exchange.getRequestBody());
        Responses.textError(exchange, new HttpError(403, "the API answers the page it serves and clients that send no Origin,"
                + " not a page from '" + origin + "'"));
    }

    @Override
    public String description() {
        return "refuses API requests sent by pages of another origin";
    }

    /** True when the origin is this server as the request reached it: {@code http://} and the {@code Host} header. */
    static boolean sameOrigin(String origin, String host) {
        return host != null && origin.trim().toLowerCase(Locale.ROOT).equals("http://" + host.trim().toLowerCase(Locale.ROOT));
    }
}
