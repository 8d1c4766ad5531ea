package dev.unspin.lsp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import com.google.gson.JsonParser;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Measures the language server as an editor sees it (a harness, not a test): it starts
 * {@code java [JVM options] -jar unspin.jar lsp}, and prints didOpen→publishDiagnostics and
 * single-character didChange→publishDiagnostics latency (p50, p95) for 5 KB, 100 KB and 1 MB
 * documents with the debounce at 0, the time from process start to the first diagnostics, and the
 * resident memory with 20 open 100 KB documents, once the server has been idle for 3 s (and the
 * peak just after opening them). The dictionary's path alone: {@code contextual} is off here
 * ({@link ContextualLatencyBenchmark} measures the contextual restorer's re-check).
 *
 * <p>Usage: {@code LspLatencyBenchmark JAR SEED_TEXT [JVM option...]}; system properties
 * {@code starts} (start-up runs), {@code startOnly}, {@code sizes} (document sizes in chars,
 * comma-separated), {@code runs} (edits per size) and {@code csv} (a file for the per-size figures).
 */
public final class LspLatencyBenchmark {
    private static final String DICTIONARY = """
            mentioned => said ; likely
            coverage shift => policy shift ; certain
            grew to become => became ; likely
            go to to => visit to ; possible
            White Home => White House ; certain
            instructed reporters => told reporters ; certain
            information convention => news conference ; certain
            overseas ministers => foreign ministers ; certain
            based mostly on => based on ; certain
            make use of => use ; possible
            """;

    /** Records diagnostics with the time they arrived. */
    static class Client implements LanguageClient {
        record Arrival(long nanos, PublishDiagnosticsParams params) {
        }

        final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            arrivals.add(new Arrival(System.nanoTime(), params));
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
            System.err.println("server: " + params.getMessage());
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }

        /** The next diagnostics published for this version of the document. */
        Arrival await(String uri, int version) throws InterruptedException {
            while (true) {
                Arrival a = arrivals.poll(60, TimeUnit.SECONDS);
                if (a == null) {
                    throw new IllegalStateException("no diagnostics for " + uri + " v" + version);
                }
                if (a.params().getUri().equals(uri) && a.params().getVersion() != null && a.params().getVersion() == version) {
                    return a;
                }
            }
        }
    }

    /** A server process with its client connection, started with the given JVM options. */
    record Server(Process process, Client client, LanguageServer server, long startNanos) {
        void stop() throws Exception {
            server.shutdown().get(60, TimeUnit.SECONDS);
            server.exit();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    static Server start(Path jar, Path root, List<String> jvm) throws Exception {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString(), "lsp"));
        if (System.getProperty("serverArgs") != null) {
            command.addAll(List.of(System.getProperty("serverArgs").split(" ")));
        }
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Client client = new Client();
        var launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "bench")));
        init.setInitializationOptions(JsonParser.parseString(
                "{\"dictionaries\": [\"d.unspin\"], \"debounceMs\": 0, \"contextual\": false}"));
        server.initialize(init).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return new Server(process, client, server, start);
    }

    /** Process start to the first diagnostics of the seed article, in ms. */
    static double firstDiagnostics(Server s, Path root, String seed) throws Exception {
        String firstUri = root.resolve("first.txt").toUri().toString();
        s.server().getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(firstUri, "plaintext", 1, seed)));
        return (s.client().await(firstUri, 1).nanos() - s.startNanos()) / 1e6;
    }

    private static final long IDLE_MILLIS = 3_000;

    /**
     * Edits measured per size, after as many for warm-up. Small documents take a millisecond or two
     * each, and a p95 of 100 samples rests on its 5 slowest; 1,000 give it 50, and warm the edit
     * path up as an editing session does. Large ones take long enough that fewer do.
     */
    private static int defaultRuns(int chars) {
        return chars <= 20_000 ? 1_000 : chars >= 1_000_000 ? 30 : 100;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        String seed = Files.readString(Path.of(args[1]));
        List<String> jvm = List.of(args).subList(2, args.length);
        Path root = Files.createTempDirectory("unspin-bench");
        try {
            run(jar, seed, jvm, root);
        } finally {
            deleteTree(root);
        }
        System.exit(0);
    }

    /** Removes the benchmark's folder and what it holds, so that runs leave nothing in the temp directory. */
    static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void run(Path jar, String seed, List<String> jvm, Path root) throws Exception {
        Files.writeString(root.resolve("d.unspin"), DICTIONARY);
        System.out.printf("JVM options: %s%n", jvm.isEmpty() ? "(none)" : String.join(" ", jvm));

        // Start-up: fresh processes, one after another; the median says more than one noisy run.
        int starts = Integer.getInteger("starts", 7);
        List<Double> startTimes = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            Server s = start(jar, root, jvm);
            startTimes.add(firstDiagnostics(s, root, seed));
            s.stop();
        }
        System.out.printf("process start -> first diagnostics: median %.0f ms, min %.0f ms, max %.0f ms (%d processes)%n",
                percentile(startTimes, 50), Collections.min(startTimes), Collections.max(startTimes), starts);
        if (Boolean.getBoolean("startOnly")) {
            return;
        }

        Server running = start(jar, root, jvm);
        firstDiagnostics(running, root, seed);
        LanguageServer server = running.server();
        Client client = running.client();
        Process process = running.process();

        int counter = 0;
        // -Dcsv=FILE: one row per size, for benchmarks/report.sh's table and plot.
        StringBuilder csv = new StringBuilder("chars,open_p50_ms,open_p95_ms,change_p50_ms,change_p95_ms,runs\n");
        for (int chars : sizes()) {
            String text = document(seed, chars);
            int runs = Integer.getInteger("runs", defaultRuns(chars));
            List<Double> open = new ArrayList<>();
            List<Double> change = new ArrayList<>();
            for (int warm = 0; warm < 2; warm++) {
                open.clear();
                change.clear();
                for (int i = 0; i < runs; i++) {
                    String uri = root.resolve("doc" + (counter++) + ".txt").toUri().toString();
                    long t0 = System.nanoTime();
                    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                            new TextDocumentItem(uri, "plaintext", 1, text)));
                    open.add((client.await(uri, 1).nanos() - t0) / 1e6);
                    Position middle = new Position(lineCount(text) / 2, 0);
                    long t1 = System.nanoTime();
                    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                            new VersionedTextDocumentIdentifier(uri, 2),
                            List.of(new TextDocumentContentChangeEvent(new Range(middle, middle), "x"))));
                    change.add((client.await(uri, 2).nanos() - t1) / 1e6);
                    server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
                }
            }
            System.out.printf("%-7s didOpen->diagnostics p50 %6.2f ms p95 %6.2f ms | didChange(1 char)->diagnostics p50 %6.2f ms p95 %6.2f ms (%d runs after %d warm-up)%n",
                    label(chars), percentile(open, 50), percentile(open, 95), percentile(change, 50),
                    percentile(change, 95), runs, runs);
            csv.append(String.format(java.util.Locale.ROOT, "%d,%.3f,%.3f,%.3f,%.3f,%d%n", chars, percentile(open, 50),
                    percentile(open, 95), percentile(change, 50), percentile(change, 95), runs));
        }
        if (System.getProperty("csv") != null) {
            Files.writeString(Path.of(System.getProperty("csv")), csv);
        }

        String text = document(seed, 100_000);
        for (int i = 0; i < 20; i++) {
            String uri = root.resolve("open" + i + ".txt").toUri().toString();
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plaintext", 1, text)));
            client.await(uri, 1);
        }
        long justOpened = residentKb(process.pid()) / 1024;
        // An editor holds its documents open far longer than it takes to open them: the figure is
        // taken once the server has been idle for a moment, with the peak just after opening beside it.
        Thread.sleep(IDLE_MILLIS);
        System.out.printf("resident memory with 20 open 100 KB documents: %d MB (idle %d s after opening them; %d MB just after)%n",
                residentKb(process.pid()) / 1024, IDLE_MILLIS / 1000, justOpened);

        running.stop();
    }

    /** Document sizes in chars: {@code -Dsizes=5000,100000}; by default 5 KB, 100 KB and 1 MB. */
    private static List<Integer> sizes() {
        return java.util.Arrays.stream(System.getProperty("sizes", "5000,100000,1000000").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
    }

    private static String label(int chars) {
        return chars >= 1_000_000 ? chars / 1_000_000 + " MB" : chars >= 1000 ? chars / 1000 + " KB" : chars + " B";
    }

    private static String document(String seed, int size) {
        StringBuilder out = new StringBuilder(size + seed.length());
        while (out.length() < size) {
            out.append(seed).append("\n\n");
        }
        return out.substring(0, size);
    }

    private static int lineCount(String text) {
        return (int) text.chars().filter(c -> c == '\n').count() + 1;
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static long residentKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
