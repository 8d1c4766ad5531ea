package dev.unspin.cli.run;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for long runs, and nothing at all otherwise: pipes, CI logs and short
 * runs get no output beyond errors.
 */
public final class Progress implements AutoCloseable {
    /** Runs smaller than both of these finish too fast for a bar to help. */
    static final int MANY_FILES = 200;
    static final long MANY_BYTES = 20L * 1024 * 1024;

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * Shows a bar when stderr is a terminal and the run is large, except when results stream to
     * the same terminal on stdout, where the bar's redrawing would tear the lines apart.
     */
    public static boolean wanted(boolean stderrTerminal, boolean resultsToTerminal, int files, long bytes) {
        return stderrTerminal && !resultsToTerminal && (files >= MANY_FILES || bytes >= MANY_BYTES);
    }

    public static Progress start(String task, int files, long bytes, boolean resultsOnStdout) {
        boolean show = wanted(Terminals.isTerminal(Terminals.STDERR),
                resultsOnStdout && Terminals.isTerminal(Terminals.STDOUT), files, bytes);
        if (!show) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(files)
                .setUnit(" files", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true, StandardCharsets.UTF_8)))
                .build();
        return new Progress(bar);
    }

    public boolean shown() {
        return bar != null;
    }

    public void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
