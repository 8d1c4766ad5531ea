package dev.unspin.web;

import com.sun.net.httpserver.HttpContext;
import dev.unspin.check.Checker;
import com.sun.net.httpserver.HttpServer;
import dev.unspin.check.Checker;
import dev.unspin.engine.Engine;
import dev.unspin.check.Checker;
import java.io.IOException;
import dev.unspin.check.Checker;
import java.io.PrintStream;
import dev.unspin.check.Checker;
import java.net.InetAddress;
import dev.unspin.check.Checker;
import java.net.InetSocketAddress;
import dev.unspin.check.Checker;
import java.net.URI;
import dev.unspin.check.Checker;
import java.util.concurrent.ExecutorService;
import dev.unspin.check.Checker;
import java.util.concurrent.LinkedBlockingQueue;
import dev.unspin.check.Checker;
import java.util.concurrent.Semaphore;
import dev.unspin.check.Checker;
import java.util.concurrent.ThreadPoolExecutor;
import dev.unspin.check.Checker;
import java.util.concurrent.TimeUnit;
import dev.unspin.check.Checker;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The page and the API on the JDK's HTTP server. The JDK's server reads a request's headers and
 * body on the thread that handles it, with blocking reads, so a client that trickles its request
 * holds that thread until the request timeout: connections get threads of their own, many and
 * cheap while they wait, and the checks, which are CPU-bound, take turns on a few of them
 * ({@link #CHECKS}). Slow clients then delay nobody until there are {@link #CONNECTIONS} of them.
 */
public final class WebServer implements AutoCloseable {
    /** How many checks run at once: checks are CPU-bound, so about the number of processors. */
    static final int CHECKS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** How many connections are served at once; more wait for the JDK's dispatcher to hand them a thread. */
    static final int CONNECTIONS = 256;
    /**
     * The JDK's server waits for a request, and for its response to be read, for ever unless
     * these are set (in seconds): a client that stalls mid-request would hold one of the few
     * threads for good. It reads them once, when the first server of the process is made.
     */
    private static final String MAX_REQUEST_SECONDS = "sun.net.httpserver.maxReqTime";
    private static final String MAX_RESPONSE_SECONDS = "sun.net.httpserver.maxRspTime";

    private final HttpServer http;
    private final ExecutorService executor;

    private WebServer(HttpServer http, ExecutorService executor) {
        this.http = http;
        this.executor = executor;
    }

    /** Starts serving on the address (port 0 picks a free port); errors go to {@code log}. */
    /** Closes connections whose request, or the reading of whose answer, takes longer; call before the first {@link #start}. */
    public static void limitRequestTime(int seconds) {
        System.setProperty(MAX_REQUEST_SECONDS, Integer.toString(seconds));
        System.setProperty(MAX_RESPONSE_SECONDS, Integer.toString(seconds));
    }

    public static WebServer start(Engine engine, InetSocketAddress address, PrintStream log) throws IOException {
        HttpServer http = HttpServer.create(address, 64);
        HttpContext page = http.createContext("/", new StaticHandler());
        HttpContext api = http.createContext("/api/", new ApiHandler(new WebCheck(new Checker(engine)), new Semaphore(CHECKS), log));
        if (address.getAddress().isLoopbackAddress()) {
            page.getFilters().add(new LoopbackHostFilter());
            api.getFilters().add(new LoopbackHostFilter());
        }
        api.getFilters().add(new SameOriginFilter());
        AtomicInteger count = new AtomicInteger();
        // Threads are made as connections come and end after a minute idle; past CONNECTIONS at
        // once, a connection waits in the queue for one.
        ThreadPoolExecutor executor = new ThreadPoolExecutor(CONNECTIONS, CONNECTIONS, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "unspin-web-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        http.setExecutor(executor);
        http.start();
        return new WebServer(http, executor);
    }

    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetAddress host = address().getAddress();
        String name = host.getHostAddress();
        return URI.create("http://" + (name.contains(":") ? "[" + name + "]" : name) + ":" + address().getPort() + "/");
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }
}
