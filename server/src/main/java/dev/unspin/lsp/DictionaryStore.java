package dev.unspin.lsp;

import dev.unspin.check.Engines;
import dev.unspin.check.Stages;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.dictionary.Entry;
import dev.unspin.engine.Engine;
import dev.unspin.io.BoundedRead;
import dev.unspin.languagemodel.LanguageModelUnavailableException;
import dev.unspin.nlp.LanguageAnalyzer;
import dev.unspin.nlp.OpenNlpAnalyzer;
import dev.unspin.nlp.RecentSentences;
import dev.unspin.text.StrictUtf8;
import dev.unspin.context.ContextualStage;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

/**
 * Loads the dictionaries the settings name, file by file. A file that cannot be parsed keeps the
 * entries it had when it last loaded, and its problem is reported, so that one bad edit never
 * takes away the checking a user relies on.
 */
final class DictionaryStore {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    /** A problem at a 1-based line and column of a file the server reads. */
    record Problem(Path file, int line, int column, String message) {
    }

    /**
     * What a load produced.
     *
     * @param watched     every file whose change should trigger a reload, present or not
     * @param problems    format problems, which are shown as diagnostics in the file
     * @param unreadable  files that could not be read at all, with the reason
     * @param contextual  the engine with the contextual restorer, or null when it is off or not loaded yet
     */
    record Loaded(Engine engine, Engine contextual, Set<String> ignoredEntries, List<Path> watched, List<Problem> problems,
            List<String> unreadable) {
    }

    private final Map<Path, List<Entry>> lastGood = new HashMap<>();
    private final Map<Path, Set<String>> lastGoodIgnored = new HashMap<>();
    /**
     * The engine over the shipped dictionary alone, the usual settings, built and run once on a
     * background thread from the server's start, while LSP4J sets up and the client initializes:
     * the first diagnostics then wait for neither the dictionary nor the engine's classes.
     */
    private final CompletableFuture<Engine> shipped = CompletableFuture.supplyAsync(DictionaryStore::shippedEngine,
            task -> {
                Thread thread = new Thread(task, "unspin-engine-preload");
                thread.setDaemon(true);
                thread.start();
            });

    private static Engine shippedEngine() {
        Engine engine = new Engine(DefaultDictionary.load(), SentenceCache::analyzer);
        engine.report("Officials mentioned a coverage shift at the information convention.");
        return engine;
    }

    private Engine shipped() {
        try {
            return shipped.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The dictionaries the settings name, and the engines over them; {@code stage} is the contextual restorer once loaded. */
    synchronized Loaded load(Settings settings, Path root, Optional<ContextualStage> stage) {
        List<Entry> entries = new ArrayList<>();
        List<Path> watched = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        if (settings.defaultDictionary()) {
            entries.addAll(shipped().dictionary().entries());
        }
        for (String configured : settings.dictionaries()) {
            Optional<Path> path = Settings.resolve(root, configured);
            if (path.isEmpty()) {
                unreadable.add("dictionary '" + configured + "': a relative path needs a workspace folder");
                continue;
            }
            watched.add(path.get());
            entries.addAll(read(path.get(), true, problems, unreadable));
        }
        settings.userDictionary().ifPresent(path -> {
            watched.add(path);
            entries.addAll(read(path, false, problems, unreadable));
        });
        Optional<Path> workspace = Settings.resolve(root, settings.workspaceDictionary());
        workspace.filter(path -> insideWorkspace(root, path, unreadable)).ifPresent(path -> {
            watched.add(path);
            entries.addAll(read(path, false, problems, unreadable));
        });
        Set<String> ignored = new LinkedHashSet<>(settings.ignoredEntries());
        Optional<Path> ignoreFile = Settings.resolve(root, settings.ignoredEntriesFile());
        ignoreFile.filter(path -> insideWorkspace(root, path, unreadable)).ifPresent(path -> {
            watched.add(path);
            ignored.addAll(readIgnored(path, problems, unreadable));
        });
        boolean shippedOnly = settings.defaultDictionary() && entries.size() == shipped().dictionary().size();
        Engine engine = shippedOnly ? shipped() : new Engine(Dictionary.of(entries), SentenceCache::analyzer);
        // With the contextual restorer (which includes the thesaurus), the dictionary alone gives the first answer.
        Engine first = !settings.contextual() && settings.thesaurus() ? withThesaurus(engine, unreadable) : engine;
        Engine contextual = settings.contextual() && stage.isPresent()
                ? withStages(engine, Stages.CONTEXTUAL, stage.get(), unreadable) : null;
        return new Loaded(first, contextual, Set.copyOf(ignored), List.copyOf(watched), List.copyOf(problems),
                List.copyOf(unreadable));
    }

    /**
     * The workspace dictionary and the ignore file are the files the server writes, which must lie
     * inside the workspace folder ({@link WorkspaceFiles#isInside}); they are read only there too.
     */
    private static boolean insideWorkspace(Path root, Path file, List<String> unreadable) {
        if (root == null || WorkspaceFiles.isInside(root, file)) {
            return true;
        }
        unreadable.add(file + ": outside the workspace folder " + root + ", not read: unspin reads and writes its"
                + " workspace files only inside it");
        return false;
    }

    /** The engine with the thesaurus, or without it (saying why) when its language model is not installed. */
    private static Engine withThesaurus(Engine engine, List<String> unreadable) {
        return withStages(engine, Stages.THESAURUS, null, unreadable);
    }

    /** The engine with the given stages, as every front end adds them ({@link Engines}); what is missing is said. */
    private static Engine withStages(Engine engine, Stages stages, ContextualStage loaded, List<String> unreadable) {
        try {
            return Engines.withStages(engine, stages, () -> loaded, unreadable::add);
        } catch (LanguageModelUnavailableException e) {
            unreadable.add("thesaurus: " + e.getMessage());
            return engine;
        }
    }

    private List<Entry> read(Path path, boolean required, List<Problem> problems, List<String> unreadable) {
        try {
            BoundedRead.requireRegularFile(path, path.toString()); // a pipe or /dev/stdin would block the server
            List<Entry> entries = Dictionary.read(path);
            lastGood.put(path, entries);
            return entries;
        } catch (DictionaryFormatException e) {
            problems.add(new Problem(path, e.location().line(), e.location().column(), e.problem()));
        } catch (NoSuchFileException e) {
            lastGood.remove(path);
            if (required) {
                unreadable.add(path + ": dictionary file not found");
            }
            return List.of();
        } catch (BoundedRead.NotRegularFileException | BoundedRead.TooLargeException e) {
            unreadable.add(e.getMessage());
        } catch (IOException e) {
            unreadable.add(path + ": cannot read (" + e.getMessage() + ")");
        }
        return lastGood.getOrDefault(path, List.of());
    }

    /** The ids listed in the workspace's ignore file: one per line, '#' starts a comment. */
    private Set<String> readIgnored(Path path, List<Problem> problems, List<String> unreadable) {
        try {
            byte[] bytes = BoundedRead.readRegularFile(path, path.toString());
            StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
            if (decoded.failure().isPresent()) {
                StrictUtf8.Failure f = decoded.failure().get();
                problems.add(new Problem(path, f.line(), f.column(), f.message()));
                return lastGoodIgnored.getOrDefault(path, Set.of());
            }
            Set<String> ids = new LinkedHashSet<>();
            String[] lines = decoded.text().split("\r?\n|\r", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].replaceFirst("#.*", "").strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (!ID.matcher(line).matches()) {
                    problems.add(new Problem(path, i + 1, lines[i].indexOf(line.charAt(0)) + 1,
                            "'" + line + "' is not an entry id: write one id per line, such as coverage-shift"));
                    return lastGoodIgnored.getOrDefault(path, Set.of());
                }
                ids.add(line);
            }
            lastGoodIgnored.put(path, Set.copyOf(ids));
            return ids;
        } catch (NoSuchFileException e) {
            lastGoodIgnored.remove(path);
        } catch (BoundedRead.NotRegularFileException | BoundedRead.TooLargeException e) {
            unreadable.add(e.getMessage());
        } catch (IOException e) {
            unreadable.add(path + ": cannot read (" + e.getMessage() + ")");
        }
        return lastGoodIgnored.getOrDefault(path, Set.of());
    }

    /**
     * OpenNLP behind a cache of the last sentences tagged, shared by every engine the server loads:
     * each change re-checks sentences tagged a keystroke ago. Created on first use, like the models.
     */
    private static final class SentenceCache {
        private static final LanguageAnalyzer INSTANCE = new RecentSentences(OpenNlpAnalyzer.shared(), 512);

        static LanguageAnalyzer analyzer() {
            return INSTANCE;
        }
    }
}
