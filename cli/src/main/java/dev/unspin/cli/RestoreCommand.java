package dev.unspin.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import dev.unspin.io.AtomicFileWriter;
import dev.unspin.io.TempFiles;
import dev.unspin.cli.files.InputFile;
import dev.unspin.report.InputProblem;
import dev.unspin.cli.files.InputSet;
import dev.unspin.cli.files.OutputTree;
import dev.unspin.report.PrintedText;
import dev.unspin.cli.run.OrderedParallel;
import dev.unspin.cli.run.Progress;
import dev.unspin.cli.run.StandardOutput;
import dev.unspin.dictionary.Confidence;
import dev.unspin.check.CheckRequest;
import dev.unspin.check.CheckResult;
import dev.unspin.check.Checker;
import dev.unspin.engine.Engine;
import dev.unspin.engine.ShownConfidence;
import dev.unspin.engine.RestorationTooLargeException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code unspin restore}: puts the original wording back into spun articles. */
@Command(name = "restore",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Restores spun phrasings to their original wording.",
            "One file or '-' is printed to standard output. Several files or a folder need --out, "
                    + "--in-place or --diff. Nothing is written when a dictionary or the plan is wrong "
                    + "(--out inside an input folder, the same file twice)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage, input or dictionary error (after restoring the other inputs)"})
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    InputOptions inputs;

    @ArgGroup(exclusive = true)
    Destination destination = new Destination();

    static final class Destination {
        @Option(names = "--out", paramLabel = "DIR",
                description = "Write restored copies under DIR, mirroring each folder argument's tree (a file argument lands in DIR itself).")
        Path out;

        @Option(names = "--in-place", description = "Rewrite the files themselves, atomically and keeping their permissions; unchanged files are not touched.")
        boolean inPlace;

        @Option(names = "--diff", description = "Print a unified diff of the changes instead of writing anything.")
        boolean diff;
    }

    @Option(names = "--backup", paramLabel = "SUFFIX",
            description = "With --in-place, first keep each changed file's original as FILE+SUFFIX (e.g. .orig).")
    String backup;

    /** Null unless given: then the document's own spin evidence decides (docs/context.md). */
    @Option(names = "--min-confidence", paramLabel = "LEVEL",
            converter = ConfidenceConverter.class,
            description = "Apply findings of this confidence or surer: certain, likely or possible."
                    + " Without it, the article's own evidence decides: only certain findings in text that looks clean,"
                    + " likely ones too when unsure, all of them in text that is clearly spun.")
    Confidence minConfidence;

    @Mixin
    DictionaryOptions dictionaries;

    private final Messages messages = new Messages();

    /** One input's outcome: text to print (restored text or a diff, possibly empty), or a problem. */
    private record Outcome(byte[] output, InputProblem problem) {
    }

    @Override
    public Integer call() throws IOException {
        Optional<Engine> loaded = dictionaries.engine(messages::error, messages::warning);
        if (loaded.isEmpty()) {
            return ExitCodes.USAGE_OR_IO;
        }
        Checker checker = new Checker(loaded.get());
        List<String> usage = usageProblems();
        if (!usage.isEmpty()) {
            usage.forEach(messages::error);
            messages.error("try 'unspin restore --help'");
            return ExitCodes.USAGE_OR_IO;
        }
        InputSet inputSet = inputs.collect();
        List<String> refusals = refusals(inputSet);
        if (!refusals.isEmpty()) {
            refusals.forEach(messages::error);
            messages.error("nothing was written");
            return ExitCodes.USAGE_OR_IO;
        }
        if (destination.inPlace) {
            removeStaleTemps(inputSet.staleTemps());
        }
        boolean errors = false;
        for (InputProblem problem : inputSet.problems()) {
            messages.problem(problem);
            errors |= problem.error();
        }
        OutputStream stdout = StandardOutput.open();
        boolean[] failed = {errors};
        boolean resultsOnStdout = destination.out == null && !destination.inPlace;
        try (Progress progress = Progress.start("Restoring", inputSet.files().size(),
                InputOptions.totalBytes(inputSet.files()), resultsOnStdout)) {
            OrderedParallel.run(inputSet.files(), inputs.threads, file -> restore(checker, file), outcome -> {
                if (outcome.problem() != null) {
                    messages.problem(outcome.problem());
                    failed[0] |= outcome.problem().error();
                } else if (outcome.output().length > 0) {
                    try {
                        stdout.write(outcome.output(), 0, outcome.output().length);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e); // stops the run: the rest could not be written either
                    }
                }
                progress.step();
            });
        } catch (UncheckedIOException e) {
            messages.error(StandardOutput.failure(e.getCause()));
            return ExitCodes.USAGE_OR_IO;
        }
        return failed[0] ? ExitCodes.USAGE_OR_IO : ExitCodes.OK;
    }

    /** Option combinations that make no sense, found before any input is touched. */
    private List<String> usageProblems() {
        List<String> problems = new ArrayList<>();
        if (backup != null && !destination.inPlace) {
            problems.add("--backup only goes with --in-place");
        }
        if (backup != null && (backup.isEmpty() || backup.contains("/") || backup.contains(java.io.File.separator))) {
            problems.add("--backup '" + backup + "': give a suffix such as .orig, without a folder");
        }
        if (backup != null && backup.contains(TempFiles.INFIX.substring(1))) {
            problems.add("--backup '" + backup + "': backups named like unspin's temporary files would be removed as leftovers");
        }
        boolean toStdout = destination.out == null && !destination.inPlace && !destination.diff;
        if (toStdout && (inputs.paths.size() > 1 || Files.isDirectory(Path.of(inputs.paths.get(0))))) {
            problems.add("several inputs or a folder: choose --out DIR, --in-place or --diff");
        }
        if (destination.inPlace && inputs.paths.contains("-")) {
            problems.add("standard input cannot be restored in place; leave out --in-place to print it");
        }
        return problems;
    }

    /** Reasons to write nothing at all, known once the inputs are expanded. */
    private List<String> refusals(InputSet inputSet) throws IOException {
        List<String> refusals = new ArrayList<>(inputSet.conflicts());
        if (destination.out != null) {
            refusals.addAll(new OutputTree(destination.out).problems(inputSet));
        }
        if (destination.inPlace && backup != null) {
            refusals.addAll(backupsOnInputs(inputSet));
        }
        return refusals;
    }

    private void removeStaleTemps(List<Path> temps) {
        for (Path temp : temps) {
            try {
                AtomicFileWriter.removeStale(temp);
            } catch (IOException e) {
                messages.problem(InputProblem.skipped(temp.toString(), temp + ": cannot remove this leftover temporary file (" + e.getMessage() + ")"));
            }
        }
    }

    private Outcome restore(Checker checker, InputFile file) {
        TextInput.Document document;
        try {
            document = InputOptions.read(file);
        } catch (TextInput.UnreadableInput e) {
            return new Outcome(null, InputOptions.unreadable(file, e));
        }
        CheckResult check = checker.check(new CheckRequest(document.text(), file.format(),
                ShownConfidence.of(Optional.ofNullable(minConfidence)), Set.of()));
        String restored;
        try {
            restored = check.restored();
        } catch (RestorationTooLargeException e) {
            return new Outcome(null, InputProblem.error(file.displayName(), file.displayName() + ": " + e.getMessage()));
        }
        try {
            if (destination.diff) {
                return new Outcome(diff(PrintedText.name(file.displayName()), document.text(), restored), null);
            }
            if (destination.inPlace) {
                if (!check.shown().isEmpty()) {
                    writeInPlace(file.path().toRealPath(), document, restored);
                }
                return new Outcome(new byte[0], null);
            }
            if (destination.out != null) {
                Path target = new OutputTree(destination.out).target(file);
                Files.createDirectories(target.toAbsolutePath().getParent());
                AtomicFileWriter.write(target, document.encode(restored));
                return new Outcome(new byte[0], null);
            }
            return new Outcome(document.encode(restored), null);
        } catch (NotRestored e) {
            return new Outcome(null, InputProblem.error(file.displayName(), file.displayName() + ": not restored: " + e.getMessage()));
        } catch (IOException e) {
            return new Outcome(null, InputProblem.error(file.displayName(), file.displayName() + ": cannot write (" + reason(e) + ")"));
        }
    }

    /** Why a file was left as it was, although it could have been written. */
    private static final class NotRestored extends IOException {
        NotRestored(String why) {
            super(why);
        }
    }

    /** An I/O failure in words: the JDK gives only the path when permission is denied. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException failed && failed.getFile() != null && TempFiles.isTempFile(Path.of(failed.getFile()))) {
            // The file itself may be writable: what failed is the copy beside it, so name its folder.
            String why = e instanceof AccessDeniedException ? "permission denied" : failed.getReason();
            return why + ": no new file can be made in its folder " + Path.of(failed.getFile()).getParent()
                    + ", where a restoration is written before it replaces the file; make the folder writable";
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void writeInPlace(Path real, TextInput.Document document, String restored) throws IOException {
        try {
            AtomicFileWriter.requireWritable(real); // before its backup is made
        } catch (AtomicFileWriter.ReadOnlyFileException e) {
            throw new NotRestored("it is read-only; make it writable to restore it in place");
        }
        if (backup != null) {
            // Complete (and as private as the file) before the file is replaced, so a kill in between
            // leaves the original twice rather than a restoration without its backup. Never over
            // another file: only the copy a killed run left (the same bytes) may already be there.
            Path copy;
            try {
                copy = backupOf(real);
            } catch (InvalidPathException e) {
                throw new NotRestored("its name does not fit in the locale's character set ("
                        + System.getProperty("sun.jnu.encoding") + "), so no backup name can be made from it;"
                        + " run unspin in a UTF-8 locale, such as LC_ALL=C.UTF-8");
            }
            byte[] original = document.encode(document.text());
            if (!AtomicFileWriter.writeNew(copy, original, real) && !holds(copy, original)) {
                throw new NotRestored("its backup " + copy.getFileName() + " already exists and differs from it;"
                        + " remove it or choose another --backup suffix");
            }
        }
        AtomicFileWriter.write(real, document.encode(restored));
    }

    private Path backupOf(Path real) {
        return real.resolveSibling(real.getFileName() + backup);
    }

    /** Whether {@code file} is a regular file (not a link) holding exactly {@code content}. */
    private static boolean holds(Path file, byte[] content) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == content.length
                && Arrays.equals(Files.readAllBytes(file), content);
    }

    /** Backups that would land on another input of the run: refused, since a thread could be restoring that input. */
    private List<String> backupsOnInputs(InputSet inputSet) throws IOException {
        Map<Path, InputFile> inputs = new HashMap<>();
        for (InputFile file : inputSet.files()) {
            if (!file.isStdin()) {
                inputs.put(file.path().toRealPath(), file);
            }
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Path, InputFile> input : inputs.entrySet()) {
            Path copy;
            try {
                copy = backupOf(input.getKey());
            } catch (InvalidPathException e) {
                continue; // no backup can be named: the file is left alone, with its reason
            }
            InputFile other = inputs.get(Files.exists(copy) ? copy.toRealPath() : copy);
            if (other != null) {
                problems.add("--backup " + backup + ": the backup of " + input.getValue().displayName()
                        + " would replace " + other.displayName() + ", another input; choose another suffix");
            }
        }
        problems.sort(null);
        return problems;
    }

    /** A unified diff with the input's name on both sides, so {@code patch -p0} applies it. */
    static byte[] diff(String name, String original, String restored) {
        if (original.equals(restored)) {
            return new byte[0];
        }
        List<String> before = lines(original);
        List<String> after = lines(restored);
        Patch<String> patch = DiffUtils.diff(before, after);
        StringBuilder out = new StringBuilder();
        for (String line : UnifiedDiffUtils.generateUnifiedDiff(name, name, before, patch, 3)) {
            out.append(line).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
