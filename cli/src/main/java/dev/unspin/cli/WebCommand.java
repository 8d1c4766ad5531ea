package dev.unspin.cli;

import dev.unspin.engine.Engine;
import dev.unspin.web.WebServer;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code unspin web}: the page and the JSON API, on localhost unless told otherwise. */
@Command(name = "web",
        mixinStandardHelpOptions = true,
        description = {"Serves a web page for checking and restoring an article, and the JSON API POST /api/check.",
            "Listens on 127.0.0.1 only unless --bind says otherwise; stops with Ctrl-C. See docs/web.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "2:usage or dictionary error, or the address cannot be used"})
public final class WebCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The port to listen on (0 picks a free port, printed on stderr). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "The address to listen on; 0.0.0.0 makes the server reachable from other machines. "
                    + "Default: ${DEFAULT-VALUE} (this machine only).")
    String bind;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long a client may take to send a request, and to read its answer, before the connection is "
                    + "closed: a stalled client must not hold one of the server's few threads. Default: ${DEFAULT-VALUE}.")
    int requestTimeout;

    @Mixin
    DictionaryOptions dictionaries;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (port < 0 || port > 65535) {
            err.println("unspin: --port must be from 0 to 65535, got " + port);
            return 2;
        }
        if (requestTimeout < 1) {
            err.println("unspin: --request-timeout must be at least 1 second, got " + requestTimeout);
            return 2;
        }
        WebServer.limitRequestTime(requestTimeout);
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            err.println("unspin: --bind " + bind + ": not an address of this machine");
            return 2;
        }
        Optional<Engine> loaded = dictionaries.engine(message -> err.println("unspin: " + message),
                message -> err.println("unspin: warning: " + message));
        if (loaded.isEmpty()) {
            return 2;
        }
        Engine engine = loaded.get();
        WebServer server;
        try {
            server = WebServer.start(engine, new InetSocketAddress(address, port), err);
        } catch (IOException e) {
            err.println("unspin: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
            return 2;
        }
        err.println("unspin web: serving " + server.uri() + " (" + reach(address) + "); Ctrl-C stops");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private static String reach(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "this machine only; --bind ADDR to change";
        }
        return "WARNING: reachable from other machines on " + address.getHostAddress()
                + ", with no authentication";
    }
}
