package dev.unspin.cli;

import dev.unspin.cli.dict.CleanCorpusOptions;
import dev.unspin.cli.files.InputFile;
import dev.unspin.report.InputProblem;
import dev.unspin.cli.files.InputSet;
import dev.unspin.cli.run.OrderedParallel;
import dev.unspin.cli.run.StandardOutput;
import dev.unspin.cli.source.CorpusReader;
import dev.unspin.cli.source.SourceReport;
import dev.unspin.cli.source.SpunTextRestorer;
import dev.unspin.corpus.CleanCorpus;
import dev.unspin.corpus.CleanText;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.DictionaryFileEditor;
import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.engine.RestorationTooLargeException;
import dev.unspin.learn.LearnedEntryMerger;
import dev.unspin.learn.PairLearning;
import dev.unspin.source.CorpusDocument;
import dev.unspin.source.SourceFinder;
import dev.unspin.source.SourceIndex;
import dev.unspin.source.SourceLearning;
import dev.unspin.source.SourceMatch;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code unspin source}: finds the corpus document each spun copy was made from. */
@Command(name = "source",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Finds, for each spun copy, the corpus document it was most likely made from.",
            "Each copy is restored first (as 'unspin restore' does, with the same options), then compared with every",
            "corpus document by the runs of three words they share, rare ones weighing more. A document is named the",
            "source when its similarity reaches --min-similarity; the evidence is the rare words and the passages",
            "they share. See docs/source.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success, whether or not sources were found",
            "2:usage, corpus, input or dictionary error, or --learn could not be written"})
final class SourceCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "PATH",
            description = "A folder (searched recursively for .txt, .md, .html and .jsonl files) or one such file; "
                    + "JSON Lines have an \"id\" and a \"text\" per line (repeatable).")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    SourceReport.Format format;

    @Option(names = "--min-similarity", paramLabel = "S", defaultValue = "" + SourceFinder.DEFAULT_THRESHOLD,
            description = "The similarity, from 0 to 1, a document needs to be named the source (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--learn", paramLabel = "FILE",
            description = "Propose dictionary entries from each (source, copy) pair found and add them to this dictionary "
                    + "file (created if missing; replaced atomically), as 'unspin dict learn --write' does.")
    Path learn;

    /** Null unless given: then the document's own spin evidence decides, as in restore. */
    @Option(names = "--min-confidence", paramLabel = "LEVEL", converter = ConfidenceConverter.class,
            description = "Restore with findings of this confidence or surer (certain, likely or possible) before comparing;"
                    + " without it, as in restore, each article's own evidence decides.")
    Confidence minConfidence;

    @Mixin
    CleanCorpusOptions cleanCorpus;

    @Mixin
    InputOptions inputs;

    @Mixin
    DictionaryOptions dictionaries;

    private final Messages messages = new Messages();

    /** One input's outcome: its prose and what was found, or why it could not be compared. */
    private record Outcome(InputFile input, SpunTextRestorer.Restored copy, SourceMatch match, InputProblem problem) {
    }

    @Override
    public Integer call() throws IOException {
        if (!(threshold >= 0 && threshold <= 1)) {
            messages.error("--min-similarity must be between 0 and 1, not " + threshold);
            return ExitCodes.USAGE_OR_IO;
        }
        List<CorpusReader.Entry> entries;
        try {
            entries = CorpusReader.read(corpus);
        } catch (CorpusReader.CorpusException e) {
            messages.error(e.getMessage());
            messages.error("nothing was compared");
            return ExitCodes.USAGE_OR_IO;
        }
        Optional<DictionaryFileEditor> learned = openLearnFile();
        if (learn != null && learned.isEmpty()) {
            return ExitCodes.USAGE_OR_IO;
        }
        Optional<SpunTextRestorer> restorer = SpunTextRestorer.from(dictionaries, minConfidence, messages::error, messages::warning);
        if (restorer.isEmpty()) {
            return ExitCodes.USAGE_OR_IO;
        }
        InputSet inputSet = inputs.collect();
        if (!inputSet.conflicts().isEmpty()) {
            inputSet.conflicts().forEach(messages::error);
            return ExitCodes.USAGE_OR_IO;
        }
        boolean[] failed = {false};
        for (InputProblem problem : inputSet.problems()) {
            messages.problem(problem);
            failed[0] |= problem.error();
        }
        Map<CorpusDocument, Path> files = new IdentityHashMap<>(); // by real path, to know an input in the corpus
        entries.forEach(entry -> entry.file().flatMap(SourceCommand::realPath).ifPresent(file -> files.put(entry.document(), file)));
        List<CorpusDocument> documents = entries.stream().map(CorpusReader.Entry::document).toList();
        SourceFinder finder = new SourceFinder(new SourceIndex(documents), threshold);
        List<Outcome> found = new ArrayList<>();
        Writer out = new OutputStreamWriter(StandardOutput.open(), StandardCharsets.UTF_8);
        try {
            SourceReport report = SourceReport.open(format, out, corpus.stream().map(Path::toString).toList(),
                    documents.size(), threshold, restoration());
            OrderedParallel.run(inputSet.files(), inputs.threads, file -> compare(restorer.get(), finder, files, file), outcome -> {
                if (outcome.problem() != null) {
                    messages.problem(outcome.problem());
                    failed[0] |= outcome.problem().error();
                    return;
                }
                try {
                    report.result(outcome.input().displayName(), outcome.match());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (learn != null && outcome.match().source().isPresent()) {
                    found.add(outcome);
                }
            });
            report.close();
        } catch (UncheckedIOException e) {
            messages.error(StandardOutput.failure(e.getCause()));
            return ExitCodes.USAGE_OR_IO;
        } catch (IOException e) {
            messages.error(StandardOutput.failure(e));
            return ExitCodes.USAGE_OR_IO;
        }
        if (learned.isPresent() && !learnFrom(found, learned.get())) {
            return ExitCodes.USAGE_OR_IO;
        }
        return failed[0] ? ExitCodes.USAGE_OR_IO : ExitCodes.OK;
    }

    /** The file --learn names, read now so that a broken one stops the run before any work. */
    private Optional<DictionaryFileEditor> openLearnFile() {
        if (learn == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(DictionaryFileEditor.open(learn));
        } catch (DictionaryFormatException e) {
            messages.error(e.getMessage());
        } catch (IOException e) {
            messages.error(learn + ": cannot read (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }

    private Outcome compare(SpunTextRestorer restorer, SourceFinder finder, Map<CorpusDocument, Path> files, InputFile file) {
        TextInput.Document document;
        try {
            document = InputOptions.read(file);
        } catch (TextInput.UnreadableInput e) {
            return new Outcome(file, null, null, InputOptions.unreadable(file, e));
        }
        try {
            Optional<Path> self = file.isStdin() ? Optional.empty() : realPath(file.path());
            SpunTextRestorer.Restored restored = restorer.restore(document.text(), file.format());
            SourceMatch match = finder.find(restored.restoredProse(), restored.restoredLines(),
                    candidate -> self.isPresent() && self.get().equals(files.get(candidate)));
            return new Outcome(file, restored, match, null);
        } catch (RestorationTooLargeException e) {
            return new Outcome(file, null, null, InputProblem.error(file.displayName(), file.displayName() + ": " + e.getMessage()));
        }
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private String restoration() {
        return dictionaries.fast() ? "fast" : dictionaries.thesaurus() ? "thesaurus" : "default";
    }

    /** Learns from the pairs found and merges the entries into the --learn file; false when that failed. */
    private boolean learnFrom(List<Outcome> found, DictionaryFileEditor editor) {
        if (found.isEmpty()) {
            messages.warning("no input had a source in the corpus, so there was nothing to learn; " + learn + " was not written");
            return true;
        }
        if (cleanCorpus.defaultMissing()) {
            messages.warning("the clean seed texts were not found; confidence and conditions are judged"
                    + " against the sources only (pass --clean-corpus DIR)");
        }
        try {
            List<SourceLearning.FoundPair> pairs = new ArrayList<>();
            for (Outcome outcome : found) {
                CorpusDocument source = outcome.match().source().orElseThrow();
                pairs.add(new SourceLearning.FoundPair(outcome.input().displayName(), outcome.copy().prose(), outcome.copy().proseLines(),
                        source.id(), source.text(), source.lines()));
            }
            List<CleanText> clean = CleanCorpus.read(cleanCorpus.folders());
            PairLearning.Result result = SourceLearning.learn(pairs, clean.stream().map(CleanText::text).toList());
            LearnedEntryMerger.Summary summary = LearnedEntryMerger.merge(editor, result.entries());
            editor.save();
            messages.error(String.format("%s: %d added, %d with new evidence, %d already known, from %d (source, copy) %s",
                    learn, summary.added().size(), summary.updated().size(), summary.unchanged().size(), found.size(),
                    found.size() == 1 ? "pair" : "pairs"));
            return true;
        } catch (IllegalArgumentException e) { // a name that cannot serve as evidence
            messages.error(e.getMessage() + "; " + learn + " was not written");
        } catch (IOException e) {
            messages.error(learn + ": cannot write (" + e.getMessage() + ")");
        }
        return false;
    }
}
