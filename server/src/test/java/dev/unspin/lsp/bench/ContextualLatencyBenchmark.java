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
 * waits for its contextual diagnostics (the first check), then makes edits, each inserting a word
 * into one sentence, and prints the time from each didChange to the dictionary's diagnostics (the
 * first publication of that version) and to the contextual ones (the second), p50 and p95.
 *
 * <p>Usage: {@code ContextualLatencyBenchmark CLASSPATH ARTICLE [JVM option...]}; system property
 * {@code edits} (default 20, after 3 untimed).
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
            init.setInitializationOptions(JsonParser.parseString("{\"debounceMs\": 0}"));
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
            int warmUp = 3;
            for (int i = 0; i < warmUp + edits; i++) {
                // Sentences spread over the article, each edited once: a word inserted after its third.
                int[] sentence = sentences.get((i * 7 + 3) % sentences.size());
                int at = afterThirdWord(text, sentence[0]);
                String inserted = "also ";
                int version = i + 2;
                Position position = Expect.position(text, at);
                long t1 = System.nanoTime();
                server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                        List.of(new TextDocumentContentChangeEvent(new Range(position, position), inserted))));
                long fast = client.await(uri, version).nanos() - t1;
                long full = client.await(uri, version).nanos() - t1;
                text = text.substring(0, at) + inserted + text.substring(at);
                sentences = sentences(text);
                if (i >= warmUp) {
                    dictionary.add(fast / 1e6);
                    contextual.add(full / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "didChange of one sentence -> dictionary diagnostics p50 %.1f ms p95 %.1f ms;"
                    + " -> contextual diagnostics p50 %.0f ms p95 %.0f ms, max %.0f ms (%d edits after %d untimed)%n",
                    LspLatencyBenchmark.percentile(dictionary, 50), LspLatencyBenchmark.percentile(dictionary, 95),
                    LspLatencyBenchmark.percentile(contextual, 50), LspLatencyBenchmark.percentile(contextual, 95),
                    contextual.stream().mapToDouble(Double::doubleValue).max().orElse(0), edits, warmUp);
            System.out.printf("resident memory: %d MB%n", LspLatencyBenchmark.residentKb(process.pid()) / 1024);
            server.shutdown().get(60, TimeUnit.SECONDS);
            server.exit();
            process.waitFor(30, TimeUnit.SECONDS);
        } finally {
            LspLatencyBenchmark.deleteTree(root);
        }
        System.exit(0);
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
