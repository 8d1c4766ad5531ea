package dev.unspin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code unspin web} from the packaged jar: what it says at start, and the API beside {@code check}. */
class WebCommandIT {
    private static final Path JAR = Path.of(System.getProperty("unspin.jar"));
    private static final Pattern SERVING = Pattern.compile("unspin web: serving (http://127\\.0\\.0\\.1:\\d+/) \\(this machine only; --bind ADDR to change\\); Ctrl-C stops");

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    }

    private static String firstErrLine(Process process) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String line = err.readLine();
        return line == null ? "" : line;
    }

    @Test
    void bindsLocalhostByDefaultSaysSoAndAnswersLikeCheck() throws Exception {
        Process server = start("web", "--port", "0");
        try {
            String line = firstErrLine(server);
            Matcher serving = SERVING.matcher(line);
            assertTrue(serving.matches(), "start message: " + line);
            URI base = URI.create(serving.group(1));
            assertEquals(200, Http.get(base, "/").statusCode());

            String text = Files.readString(WebApiTest.REPO.resolve("seeds/spun").resolve(WebApiTest.SEED));
            HttpResponse<String> api = Http.postJson(base, WebApiTest.json(text, "path", "<stdin>", "minConfidence", "possible"));
            assertEquals(200, api.statusCode(), api.body());
            JsonObject fromApi = JsonParser.parseString(api.body()).getAsJsonObject();
            fromApi.getAsJsonArray("files").get(0).getAsJsonObject().remove("restored");
            JsonObject fromCheck = JsonParser.parseString(check(text)).getAsJsonObject();
            assertEquals(fromCheck, fromApi, "the API's report is check --format json's, plus the restored text");
        } finally {
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server stops on SIGTERM");
        }
    }

    private static String check(String text) throws Exception {
        Process check = new ProcessBuilder("java", "-jar", JAR.toString(), "check", "--format", "json", "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = check.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, check.exitValue(), "check finds the seed's phrasings");
        return out;
    }

    @Test
    void anotherAddressIsAnnouncedAsReachableFromOtherMachines() throws Exception {
        Process server = start("web", "--port", "0", "--bind", "0.0.0.0");
        try {
            String line = firstErrLine(server);
            assertTrue(line.contains("WARNING: reachable from other machines on 0.0.0.0"), line);
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void badOptionsExitTwoWithAMessage() throws Exception {
        Process port = start("web", "--port", "70000");
        assertEquals("unspin: --port must be from 0 to 65535, got 70000", firstErrLine(port));
        assertTrue(port.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, port.exitValue());
        Process bind = start("web", "--bind", "no-such-host.invalid");
        assertEquals("unspin: --bind no-such-host.invalid: not an address of this machine", firstErrLine(bind));
        assertTrue(bind.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, bind.exitValue());
        Process timeout = start("web", "--request-timeout", "0");
        assertEquals("unspin: --request-timeout must be at least 1 second, got 0", firstErrLine(timeout));
        assertTrue(timeout.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, timeout.exitValue());
    }

    @Test
    void aClientThatStallsMidRequestIsCutOffAndTheServerStillAnswers() throws Exception {
        Process server = start("web", "--port", "0", "--request-timeout", "1");
        try {
            Matcher serving = SERVING.matcher(firstErrLine(server));
            assertTrue(serving.matches());
            URI base = URI.create(serving.group(1));
            List<Socket> stalled = new ArrayList<>();
            for (int i = 0; i < 8; i++) { // more than the server's threads
                Socket socket = new Socket(base.getHost(), base.getPort());
                socket.getOutputStream().write("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{"
                        .getBytes(StandardCharsets.US_ASCII));
                stalled.add(socket);
            }
            for (Socket socket : stalled) {
                socket.setSoTimeout(20_000);
                assertEquals(-1, drain(socket.getInputStream()), "the server closes a connection whose request never ends");
                socket.close();
            }
            assertEquals(200, Http.get(base, "/").statusCode());
        } finally {
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        }
    }

    /**
     * Clients that trickle their headers (one line a second, as slowloris does) hold a connection
     * until the request timeout; meanwhile ordinary requests, to the page and the API, are
     * answered at once: the checks and the page are served beside them, not behind them.
     */
    @Test
    void slowClientsDoNotDelayOrdinaryRequests() throws Exception {
        int slowClients = 16; // four times the threads that run checks
        Process server = start("web", "--port", "0");
        List<Socket> slow = new ArrayList<>();
        AtomicBoolean stalling = new AtomicBoolean(true);
        Thread trickle = new Thread(() -> {
            try {
                for (int line = 0; stalling.get(); line++) {
                    for (Socket socket : slow) {
                        socket.getOutputStream().write(("X-Slow-" + line + ": 1\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    Thread.sleep(1000);
                }
            } catch (IOException | InterruptedException e) {
                // the test is over, or the server cut a slow client off
            }
        });
        try {
            Matcher serving = SERVING.matcher(firstErrLine(server));
            assertTrue(serving.matches());
            URI base = URI.create(serving.group(1));
            assertEquals(200, Http.get(base, "/").statusCode()); // started and warm
            for (int i = 0; i < slowClients; i++) {
                Socket socket = new Socket(base.getHost(), base.getPort());
                socket.getOutputStream().write("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            trickle.start();
            Thread.sleep(500); // every slow client has a connection and is sending
            long slowest = 0;
            for (int i = 0; i < 10; i++) {
                long started = System.nanoTime();
                assertEquals(200, i % 2 == 0 ? Http.get(base, "/").statusCode()
                        : Http.postJson(base, "{\"text\": \"Navy officers mentioned it.\"}").statusCode());
                slowest = Math.max(slowest, System.nanoTime() - started);
            }
            System.out.printf("[reliability] web slow clients: %d clients trickling headers, 10 ordinary requests answered"
                    + " meanwhile, the slowest in %d ms%n", slowClients, slowest / 1_000_000);
            assertTrue(slowest < 3_000_000_000L, "an ordinary request waited " + slowest / 1_000_000 + " ms behind slow clients");
        } finally {
            stalling.set(false);
            trickle.interrupt();
            for (Socket socket : slow) {
                socket.close();
            }
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        }
    }

    /**
     * Hundreds of clients at once, each sending checks and page loads one after another for a few
     * seconds: every request must be answered, correctly. Prints the count and the latencies.
     */
    @Test
    void hundredsOfConcurrentClientsAreAllAnswered() throws Exception {
        int clients = 200;
        long seconds = "long".equals(System.getenv("UNSPIN_RELIABILITY")) ? 60 : 5;
        Process server = start("web", "--port", "0");
        try {
            Matcher serving = SERVING.matcher(firstErrLine(server));
            assertTrue(serving.matches());
            URI base = URI.create(serving.group(1));
            List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
            List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                Thread thread = new Thread(() -> {
                    for (int n = 0; System.nanoTime() < until; n++) {
                        long started = System.nanoTime();
                        try {
                            HttpResponse<String> answer = (client + n) % 4 == 0 ? Http.get(base, "/")
                                    : Http.postJson(base, "{\"text\": \"Navy officers mentioned it.\"}");
                            if (answer.statusCode() != 200 || (client + n) % 4 != 0 && !answer.body().contains("\"navy-officers\"")) {
                                failures.add(answer.statusCode() + ": " + answer.body());
                            }
                        } catch (IOException | InterruptedException e) {
                            failures.add(e.toString());
                        }
                        latencies.add(System.nanoTime() - started);
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            List<Long> sorted = latencies.stream().sorted().toList();
            System.out.printf("[reliability] web load: %d clients for %d s, %d requests, %d failed; latency p50 %d ms,"
                            + " p95 %d ms, max %d ms%n", clients, seconds, sorted.size(), failures.size(),
                    sorted.get(sorted.size() / 2) / 1_000_000, sorted.get(sorted.size() * 95 / 100) / 1_000_000,
                    sorted.get(sorted.size() - 1) / 1_000_000);
            assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())), failures.size() + " requests failed");
        } finally {
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        }
    }

    /** Reads until the server closes the connection (whatever it sent first), then returns -1; a reset is a close too. */
    private static int drain(java.io.InputStream in) throws IOException {
        try {
            while (in.read() >= 0) {
                // what the server said before closing
            }
        } catch (SocketException e) {
            if (!e.getMessage().contains("reset")) {
                throw e;
            }
        }
        return -1;
    }
}
