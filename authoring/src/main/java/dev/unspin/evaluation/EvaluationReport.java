package dev.unspin.evaluation;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The evaluation's figures as the tables of docs/evaluation.md. */
public final class EvaluationReport {
    private EvaluationReport() {
    }

    public static String markdown(Evaluation.Result result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d clean texts, %d words; spinner rate %.2f; seeds %s.%n%n", result.texts(),
                result.words(), result.rate(), result.seeds().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        for (Evaluation.SpinSet set : result.spinSets()) {
            RestorationScore any = set.scores().values().iterator().next();
            out.append(String.format(Locale.ROOT, "#### Simulated spins: %s%n%n%d spins, %d swapped words of %d.%n%n",
                    set.name(), set.spins(), any.changes(), any.words()));
            out.append("| configuration | recall | precision | undone | wrong | changed where nothing was spun | per 1,000 unspun words |\n");
            out.append("|---|---:|---:|---:|---:|---:|---:|\n");
            for (Map.Entry<String, RestorationScore> row : set.scores().entrySet()) {
                RestorationScore s = row.getValue();
                out.append(String.format(Locale.ROOT, "| %s | %.1f%% | %.1f%% | %d | %d | %d | %.2f |%n", row.getKey(),
                        100 * s.recall(), 100 * s.precision(), s.undone(), s.wrong(), s.falseEdits(), s.falseEditsPerThousand()));
            }
            out.append('\n');
        }
        out.append("#### Clean texts\n\n");
        out.append("| configuration | findings reported (`check`) | per 5,000 words | words changed (`restore`) | per 1,000 words |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        for (Evaluation.CleanRow row : result.clean()) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %d | %.2f |%n", row.name(), row.reported(),
                    row.reported() * 5000.0 / row.words(), row.applied(), row.applied() * 1000.0 / row.words()));
        }
        return out.toString();
    }
}
