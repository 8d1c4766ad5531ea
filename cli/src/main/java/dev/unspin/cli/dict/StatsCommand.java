package dev.unspin.cli.dict;

import dev.unspin.cli.ExitCodes;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.Evidence;
import dev.unspin.text.Tokenizer;
import java.io.PrintStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code unspin dict stats}: how big the dictionary is and what its entries are like. */
@Command(name = "stats",
        mixinStandardHelpOptions = true,
        description = "Counts the entries in effect: by confidence, by file, multiword, conditional, with alternatives, examples and evidence.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage, input or dictionary error"})
final class StatsCommand implements Callable<Integer> {
    @Mixin
    DictionaryFiles dictionaries;

    @Override
    public Integer call() {
        PrintStream out = Console.out();
        PrintStream err = Console.err();
        return Guarded.run(err, () -> {
            List<Entry> all = dictionaries.entries();
            Collection<Entry> entries = Dictionary.of(all).entries();
            out.printf("entries in effect      %5d%n", entries.size());
            out.printf("overridden             %5d%n", all.size() - entries.size());
            for (Confidence confidence : Confidence.values()) {
                out.printf("  %-20s %5d%n", confidence.label(), count(entries, e -> e.confidence() == confidence));
            }
            out.printf("multiword phrasings    %5d%n", count(entries, e -> Tokenizer.tokenize(e.spun()).size() > 1));
            out.printf("with conditions        %5d%n", count(entries, e -> !e.conditions().isEmpty()));
            out.printf("with alternatives      %5d%n", count(entries, e -> e.originals().size() > 1));
            out.printf("with an example        %5d%n", count(entries, e -> e.example().isPresent()));
            out.printf("with evidence          %5d%n", count(entries, e -> !e.evidence().isEmpty()));
            long sources = entries.stream().flatMap(e -> e.evidence().stream()).map(Evidence::source).distinct().count();
            out.printf("attestations           %5d  (in %d source%s)%n",
                    entries.stream().mapToLong(e -> e.evidence().stream().distinct().count()).sum(),
                    sources, sources == 1 ? "" : "s");
            Map<String, Integer> byFile = new LinkedHashMap<>();
            entries.forEach(e -> byFile.merge(e.location().file(), 1, Integer::sum));
            out.println("by file");
            byFile.forEach((file, n) -> out.printf("  %5d  %s%n", n, file));
            return ExitCodes.OK;
        });
    }

    private static long count(Collection<Entry> entries, Predicate<Entry> test) {
        return entries.stream().filter(test).count();
    }
}
