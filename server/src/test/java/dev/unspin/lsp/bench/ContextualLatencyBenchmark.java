package dev.unspin.lsp.bench;

import com.google.gson.JsonParser;
import dev.unspin.lsp.Expect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The language server's one-sentence re-check with the contextual restorer (a harness, not a test):
 * starts {@code java [JVM options] -cp CLASSPATH dev.unspin.cli.Main lsp} with the default settings
 * (contextual on, the shipped dictionary), waits for the restorer to load, opens a spun article and
 * waits for its contextual diagnostics (the first check), then makes edits, each inserting
 * "in 2024" into one sentence, and prints the time from each didChange to the dictionary's diagnostics (the
 * first publication of that version) and to the contextual ones (the second), p50 and p95.
 *
 * <p>Usage: {@code ContextualLatencyBenchmark CLASSPATH ARTICLE [JVM option...]}; system property
 * {@code edits} (default 20), {@code warmUp} (untimed edits before them, default 12) and
 * {@code settings} (JSON merged into the initialization options, e.g. {@code {"defaultDictionary": false}}).
 */
public final class ContextualLatencyBenchmark {

    /** Records diagnostics with their arrival time, and the end of the restorer's load. */
    static final class Client extends LspLatencyBenchmark.Client {
        final CompletableFuture<String> loaded = new CompletableFuture<>();

        @Override
        public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void notifyProgress(ProgressParams params) {
            if (params.getValue().getLeft() instanceof WorkDoneProgressEnd end && !loaded.isDone()) {
                loaded.complete(end.getMessage());
            }
        }
    }

    public static void main(String[] args) throws Exception {
        String classpath = args[0];
        String article = Files.readString(Path.of(args[1]));
        List<String> jvm = List.of(args).subList(2, args.length);
        int edits = Integer.getInteger("edits", 20);
        Path root = Files.createTempDirectory("unspin-bench");
        try {
            List<String> command = new ArrayList<>(List.of("java"));
            command.addAll(jvm);
            command.addAll(List.of("-cp", classpath, "dev.unspin.cli.Main", "lsp"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().putIfAbsent("TF_CPP_MIN_LOG_LEVEL", "3");
            Process process = builder.start();
            Client client = new Client();
            var launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
            launcher.startListening();
            LanguageServer server = launcher.getRemoteProxy();
            InitializeParams init = new InitializeParams();
            ClientCapabilities capabilities = new ClientCapabilities();
            WindowClientCapabilities window = new WindowClientCapabilities();
            window.setWorkDoneProgress(true);
            capabilities.setWindow(window);
            init.setCapabilities(capabilities);
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "bench")));
            // -Dsettings='{"defaultDictionary": false}': the harder case, where the restorer weighs every word.
            var options = JsonParser.parseString(System.getProperty("settings", "{}")).getAsJsonObject();
            options.addProperty("debounceMs", 0);
            init.setInitializationOptions(options);
            System.out.printf("settings: %s%n", options);
            long started = System.nanoTime();
            server.initialize(init).get(60, TimeUnit.SECONDS);
            server.initialized(new InitializedParams());
            String end = client.loaded.get(600, TimeUnit.SECONDS);
            System.out.printf("JVM options: %s%nrestorer %s after %.1f s%n", jvm.isEmpty() ? "(none)" : String.join(" ", jvm), end,
                    (System.nanoTime() - started) / 1e9);

            String uri = root.resolve("article.txt").toUri().toString();
            long t0 = System.nanoTime();
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plaintext", 1, article)));
            long firstDictionary = client.await(uri, 1).nanos() - t0;
            LspLatencyBenchmark.Client.Arrival firstContextual = client.await(uri, 1);
            System.out.printf("%d words; didOpen -> dictionary diagnostics %.0f ms, -> contextual diagnostics %.0f ms (%d diagnostics)%n",
                    article.split("\\s+").length, firstDictionary / 1e6, (firstContextual.nanos() - t0) / 1e6,
                    firstContextual.params().getDiagnostics().size());

            List<int[]> sentences = sentences(article);
            String text = article;
            List<Double> dictionary = new ArrayList<>();
            List<Double> contextual = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            int warmUp = Integer.getInteger("warmUp", 12);
            for (int i = 0; i < warmUp + edits; i++) {
                // The untimed edits warm the server up on the first sentence; the timed ones go to sentences
                // spread over the article: "in 2024" inserted after the third word.
                int[] sentence = sentences.get(i < warmUp ? 0 : ((i - warmUp) * 7 + 3) % sentences.size());
                int at = afterThirdWord(text, sentence[0]);
                // Words the restorer never weighs (a short function word, a number), so that the edit re-keys
                // the sentence's gaps without adding a form that repeated insertions would make suspect.
                String inserted = "in 2024 ";
                int version = i + 2;
                Position position = Expect.position(text, at);
                long cpu0 = cpuMillis(process.pid());
                long t1 = System.nanoTime();
                server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                        List.of(new TextDocumentContentChangeEvent(new Range(position, position), inserted))));
                long fast = client.await(uri, version).nanos() - t1;
                long full = client.await(uri, version).nanos() - t1;
                long cpuUsed = cpuMillis(process.pid()) - cpu0;
                text = text.substring(0, at) + inserted + text.substring(at);
                sentences = sentences(text);
                if (Boolean.getBoolean("verbose")) {
                    System.out.printf(Locale.ROOT, "edit %d: %.0f ms, \"%s\"%n", i, full / 1e6,
                            text.substring(sentence[0], Math.min(text.length(), sentence[1] + inserted.length())));
                }
                if (i >= warmUp) {
                    dictionary.add(fast / 1e6);
                    contextual.add(full / 1e6);
                    cpu.add((double) cpuUsed);
                }
            }
            System.out.printf(Locale.ROOT, "didChange of one sentence -> dictionary diagnostics p50 %.1f ms p95 %.1f ms;"
                    + " -> contextual diagnostics p50 %.0f ms p95 %.0f ms, max %.0f ms (%d edits after %d untimed)%n",
                    LspLatencyBenchmark.percentile(dictionary, 50), LspLatencyBenchmark.percentile(dictionary, 95),
                    LspLatencyBenchmark.percentile(contextual, 50), LspLatencyBenchmark.percentile(contextual, 95),
                    contextual.stream().mapToDouble(Double::doubleValue).max().orElse(0), edits, warmUp);
            // The server's own CPU time per edit, which the machine's other work does not inflate as it does the wall time.
            System.out.printf(Locale.ROOT, "server CPU time per edit (all its threads): p50 %.0f ms p95 %.0f ms%n",
                    LspLatencyBenchmark.percentile(cpu, 50), LspLatencyBenchmark.percentile(cpu, 95));
            System.out.printf("resident memory: %d MB%n", LspLatencyBenchmark.residentKb(process.pid()) / 1024);
            server.shutdown().get(60, TimeUnit.SECONDS);
            server.exit();
            process.waitFor(30, TimeUnit.SECONDS);
        } finally {
            LspLatencyBenchmark.deleteTree(root);
        }
        System.exit(0);
    }

    /** User and system CPU time of a process so far, from /proc (in clock ticks of 10 ms). */
    private static long cpuMillis(long pid) throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static final Pattern SENTENCE = Pattern.compile("[A-Z][^.!?\\n]{40,}[.!?]");

    /** The starts and ends of the article's longer sentences. */
    private static List<int[]> sentences(String text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        return found;
    }

    private static int afterThirdWord(String text, int start) {
        int at = start;
        for (int words = 0; words < 3; words++) {
            at = text.indexOf(' ', at) + 1;
        }
        return at;
    }
}
