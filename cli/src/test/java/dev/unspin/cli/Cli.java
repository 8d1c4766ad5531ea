package dev.unspin.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as a user does, for the integration tests. */
final class Cli {
    static final Path JAR = Path.of(System.getProperty("unspin.jar"));

    record Run(int exit, String out, String err) {
        /** For assertion messages: everything the run said. */
        String both() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    static ProcessBuilder builder(Path workingDir, String... args) {
        return builder(List.of(), workingDir, args);
    }

    /** A run with extra JVM options, such as a heap bound. */
    static ProcessBuilder builder(List<String> jvmOptions, Path workingDir, String... args) {
        List<String> command = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LANG", "C"); // output must be UTF-8 whatever the locale
        if (workingDir != null) {
            builder.directory(workingDir.toFile());
        }
        return builder;
    }

    static Run run(String... args) throws IOException, InterruptedException {
        return run(null, null, args);
    }

    static Run runIn(Path workingDir, String... args) throws IOException, InterruptedException {
        return run(workingDir, null, args);
    }

    /** Runs with the given bytes on standard input (none when null). */
    static Run run(Path workingDir, byte[] stdin, String... args) throws IOException, InterruptedException {
        return run(builder(workingDir, args), stdin);
    }

    /** Runs a prepared command, with the given bytes on standard input (none when null). */
    static Run run(ProcessBuilder builder, byte[] stdin) throws IOException, InterruptedException {
        File err = File.createTempFile("unspin-it-", ".err");
        try {
            builder.redirectError(err);
            if (stdin == null) {
                builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            }
            Process process = builder.start();
            if (stdin != null) {
                try (OutputStream in = process.getOutputStream()) {
                    in.write(stdin);
                }
            }
            byte[] out = process.getInputStream().readAllBytes();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "unspin did not finish");
            return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(err.toPath());
        }
    }

    /** A dictionary file for a test, so tests do not depend on the shipped one. */
    static Path dictionary(Path dir, String... lines) throws IOException {
        Path file = dir.resolve("test.unspin");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    /** The options that use only the given dictionary. */
    static String[] only(Path dictionary, String... rest) {
        // The dictionary alone, in the fast mode: these tests are about files and dictionaries, not the models.
        List<String> args = new ArrayList<>(List.of("--fast", "--no-default-dictionary", "--dictionary", dictionary.toString()));
        args.addAll(List.of(rest));
        return args.toArray(String[]::new);
    }

    static String[] args(String command, String[] options, String... rest) {
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(List.of(options));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}
