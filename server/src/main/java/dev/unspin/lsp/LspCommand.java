package dev.unspin.lsp;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code unspin lsp}: the language server, on stdio or on a TCP port of the loopback interface. */
@Command(name = "lsp",
        mixinStandardHelpOptions = true,
        description = {"Runs the unspin language server (LSP 3.17) for editors.",
            "By default it speaks JSON-RPC on stdin/stdout; logs go to stderr. See docs/language-server.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exit after shutdown", "1:exit without shutdown, or the connection closed first",
            "2:usage error or the port cannot be opened"})
public final class LspCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N",
            description = "Listen on 127.0.0.1:N for one client instead of using stdio (0 picks a free port, printed on stderr).")
    Integer port;

    @Option(names = "--max-diagnostics", paramLabel = "N", defaultValue = "" + Session.DEFAULT_MAX_DIAGNOSTICS,
            description = "Publish at most N diagnostics per document, in text order, then one saying how many more "
                    + "there are (default: ${DEFAULT-VALUE}). Code actions still see every finding.")
    int maxDiagnostics = Session.DEFAULT_MAX_DIAGNOSTICS; // picocli sets it too; set here for a run without picocli

    /**
     * {@code unspin lsp} with no options, as editors start it: nothing to parse, so picocli's
     * reflective reading of the command is skipped (docs/performance.md has its cost).
     */
    public static int runWithDefaults() {
        try {
            return new LspCommand().call();
        } catch (IOException e) {
            System.err.println("unspin: " + e.getMessage());
            return 2;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (maxDiagnostics < 1) {
            err.println("unspin: --max-diagnostics must be at least 1, got " + maxDiagnostics);
            return 2;
        }
        if (port != null) {
            if (port < 0 || port > 65535) {
                err.println("unspin: --port must be from 0 to 65535, got " + port);
                return 2;
            }
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                err.println("unspin lsp: listening on 127.0.0.1:" + socket.getLocalPort());
                try (Socket connection = socket.accept()) {
                    return serve(connection.getInputStream(), connection.getOutputStream(), err, maxDiagnostics);
                }
            } catch (IOException e) {
                err.println("unspin: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
                return 2;
            }
        }
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        System.setOut(err); // stdout carries only JSON-RPC: anything else printed goes to stderr
        return serve(System.in, stdout, err, maxDiagnostics);
    }

    private static int serve(InputStream in, OutputStream out, PrintStream err, int maxDiagnostics) {
        AtomicInteger code = new AtomicInteger(-1);
        var launcher = ServerLauncher.create(in, out, err, exit -> {
            code.set(exit);
            // exit: stop at once, whatever is still running
            err.flush();
            Runtime.getRuntime().halt(exit);
        }, maxDiagnostics);
        try {
            launcher.startListening().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            err.println("unspin lsp: connection failed: " + e.getCause());
        }
        return code.get() >= 0 ? code.get() : 1; // the client went away without 'exit'
    }
}
