package dev.unspin.lsp;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The protocol fuzz against `java -jar unspin.jar lsp` on stdio, as editors run it: the process never dies. */
class ProtocolFuzzIT {
    @Test
    void theProcessSurvivesHostileMessagesOnStdio(@TempDir Path root) throws Exception {
        long seed = Reliability.seed("protocol fuzz over stdio");
        Path stderr = Files.createTempFile("unspin-lsp-fuzz", ".log");
        Process process = new ProcessBuilder("java", "-Xmx256m", "-jar",
                System.getProperty("unspin.jar"), "lsp").redirectError(stderr.toFile()).start();
        try (RawConnection c = RawConnection.over(process)) {
            ProtocolFuzzTest.fuzz(c, root, seed, Reliability.count(1_500, 30_000), "protocol fuzz over stdio");
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(stderr);
        }
    }
}
