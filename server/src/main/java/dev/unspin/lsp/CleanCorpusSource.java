package dev.unspin.lsp;

import dev.unspin.corpus.CleanCorpus;
import dev.unspin.corpus.CleanText;
import dev.unspin.corpus.UnspinCheckout;
import dev.unspin.lint.DictionaryLinter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The dictionary linter over the clean corpus the settings name ({@code defaultCleanCorpus},
 * {@code cleanCorpus}). Reading the corpus is the slow part, so it is read again only when the
 * configured folders change, and a folder that cannot be read is reported once and left out.
 */
final class CleanCorpusSource {
    /** What the corpus is read from: a change of any part means reading it again. */
    private record Key(boolean defaultCorpus, List<String> configured, Path root) {
    }

    private Key key;
    private DictionaryLinter linter;

    /** The linter for the current settings; reads the corpus when they changed (so call it off the message thread). */
    synchronized DictionaryLinter linter(Settings settings, Path root, Consumer<String> problems) {
        Key wanted = new Key(settings.defaultCleanCorpus(), settings.cleanCorpus(), root);
        if (!wanted.equals(key)) {
            List<CleanText> texts = new ArrayList<>();
            for (Path folder : folders(settings, root, problems)) {
                try {
                    for (CleanText text : CleanCorpus.read(List.of(folder))) {
                        texts.add(new CleanText(displayName(Path.of(text.name()), root), text.text()));
                    }
                } catch (IOException e) {
                    problems.accept("unspin: dictionary lint without this clean corpus: " + e.getMessage());
                }
            }
            key = wanted;
            linter = new DictionaryLinter(texts);
        }
        return linter;
    }

    /** The checkout's clean seeds (when wanted and present), then the configured folders. */
    private List<Path> folders(Settings settings, Path root, Consumer<String> problems) {
        List<Path> out = new ArrayList<>();
        if (settings.defaultCleanCorpus()) {
            UnspinCheckout.cleanCorpus().forEach(p -> out.add(p.toAbsolutePath().normalize()));
        }
        for (String configured : settings.cleanCorpus()) {
            Optional<Path> path = Settings.resolve(root, configured);
            if (path.isPresent()) {
                out.add(path.get());
            } else {
                problems.accept("unspin: clean corpus '" + configured + "': a relative path needs a workspace folder");
            }
        }
        return List.copyOf(out);
    }

    /** How a file appears in messages: relative to the workspace, else to the unspin checkout, else in full. */
    static String displayName(Path file, Path root) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Optional<Path> base : List.of(Optional.ofNullable(root), UnspinCheckout.root())) {
            if (base.isPresent() && absolute.startsWith(base.get().toAbsolutePath().normalize())) {
                return base.get().toAbsolutePath().normalize().relativize(absolute).toString();
            }
        }
        return absolute.toString();
    }
}
