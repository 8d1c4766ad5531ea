package dev.unspin.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JSON-RPC client that writes bytes to the server as they are given, hostile ones included, and
 * parses every frame it gets back on its own (not with LSP4J), so that it sees exactly what an
 * editor would. Requests from the server get an empty answer, as a minimal editor gives.
 */
final class RawConnection implements AutoCloseable {
    static final int WAIT_SECONDS = 60; // a guard against hanging, not a speed expectation

    private final OutputStream toServer;
    private final Map<String, CompletableFuture<JsonObject>> waiting = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> unclaimed = new ConcurrentHashMap<>();
    final BlockingQueue<JsonObject> notifications = new LinkedBlockingQueue<>();
    /** Requests from the server (method and params), in order. */
    final BlockingQueue<JsonObject> serverRequests = new LinkedBlockingQueue<>();
    /** The result sent for workspace/configuration, as JSON: a client's answer. */
    volatile String configurationAnswer = "[{}]";
    final AtomicLong messagesSent = new AtomicLong();
    final AtomicLong bytesSent = new AtomicLong();
    final AtomicLong framesReceived = new AtomicLong();
    private final AtomicLong nextId = new AtomicLong(1);
    private final Thread reader;
    private volatile Throwable readerFailure;
    /** The server's message loop: done only when the server stopped reading. */
    final Future<?> serverLoop;
    final CompletableFuture<Integer> exitCode;
    final ByteArrayOutputStream stderr;

    private RawConnection(OutputStream toServer, InputStream fromServer, Future<?> serverLoop,
            CompletableFuture<Integer> exitCode, ByteArrayOutputStream stderr) {
        this.toServer = toServer;
        this.serverLoop = serverLoop;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.reader = new Thread(() -> read(fromServer), "raw-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The server in this JVM, over in-memory pipes. */
    static RawConnection inProcess() {
        return inProcess(BoundedMessageProducer.DEFAULT_MAX_MESSAGE_BYTES);
    }

    /** The server in this JVM, reading messages of up to so many bytes. */
    static RawConnection inProcess(int maxMessageBytes) {
        Pipe toServer = new Pipe();
        Pipe toClient = new Pipe();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        var server = new UnspinLanguageServer(new PrintStream(stderr, true, StandardCharsets.UTF_8), exit::complete);
        var launcher = ServerLauncher.create(server, toServer.in, toClient.out, maxMessageBytes, true);
        return new RawConnection(toServer.out, toClient.in, launcher.startListening(), exit, stderr);
    }

    /** A server process (`unspin lsp` on stdio); its stderr is the process's business. */
    static RawConnection over(Process process) {
        return new RawConnection(process.getOutputStream(), process.getInputStream(), process.onExit(),
                process.onExit().thenApply(Process::exitValue), new ByteArrayOutputStream());
    }

    // --- sending

    synchronized void sendBytes(byte[] bytes) {
        try {
            toServer.write(bytes);
            toServer.flush();
        } catch (IOException e) {
            throw new AssertionError("the server stopped reading", e);
        }
        bytesSent.addAndGet(bytes.length);
        messagesSent.incrementAndGet();
    }

    static byte[] frame(byte[] body) {
        byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[header.length + body.length];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(body, 0, out, header.length, body.length);
        return out;
    }

    void sendJson(String json) {
        sendBytes(frame(json.getBytes(StandardCharsets.UTF_8)));
    }

    String newId() {
        return Long.toString(nextId.getAndIncrement());
    }

    /** Sends a request with a fresh numeric id; params is raw JSON or null for none. */
    CompletableFuture<JsonObject> request(String method, String params) {
        String id = newId();
        CompletableFuture<JsonObject> answer = expect(id);
        sendJson("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":" + quote(method)
                + (params == null ? "" : ",\"params\":" + params) + "}");
        return answer;
    }

    void notify(String method, String params) {
        sendJson("{\"jsonrpc\":\"2.0\",\"method\":" + quote(method) + (params == null ? "" : ",\"params\":" + params) + "}");
    }

    /** The future answer to a request sent with this id (the id's JSON text, as in the response). */
    CompletableFuture<JsonObject> expect(String id) {
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        JsonObject early = unclaimed.remove(id);
        if (early != null) {
            waiting.remove(id);
            answer.complete(early);
        }
        return answer;
    }

    JsonObject await(CompletableFuture<JsonObject> answer, String what) {
        try {
            return answer.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no answer to " + what + (readerFailure == null ? "" : "; reader: " + readerFailure)
                    + "; server alive: " + !serverLoop.isDone() + "; server log tail:\n" + tail() + "\nthreads:\n" + threads(), e);
        }
    }

    static String quote(String s) {
        return new com.google.gson.JsonPrimitive(s).toString();
    }

    // --- receiving

    private void read(InputStream in) {
        try {
            while (true) {
                int length = -1;
                String line;
                while (!(line = headerLine(in)).isEmpty()) {
                    if (line.startsWith("Content-Length: ")) {
                        length = Integer.parseInt(line.substring("Content-Length: ".length()));
                    }
                }
                if (length < 0) {
                    throw new IOException("a frame without Content-Length");
                }
                byte[] body = in.readNBytes(length);
                if (body.length < length) {
                    return;
                }
                framesReceived.incrementAndGet();
                received(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
            }
        } catch (EndOfStream e) {
            // the server closed its output
        } catch (Throwable e) {
            readerFailure = e;
        }
    }

    private static final class EndOfStream extends IOException {
    }

    private static String headerLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new EndOfStream();
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private void received(JsonObject message) {
        JsonElement id = message.has("id") ? message.get("id") : null;
        if (message.has("method")) {
            if (id != null) {
                serverRequests.add(message);
                answerServerRequest(id, message.get("method").getAsString());
            } else {
                notifications.add(message);
            }
            return;
        }
        String key = id == null ? "null" : id.toString();
        CompletableFuture<JsonObject> answer = waiting.remove(key);
        if (answer != null) {
            answer.complete(message);
        } else {
            unclaimed.put(key, message);
        }
    }

    private void answerServerRequest(JsonElement id, String method) {
        JsonElement result = "workspace/configuration".equals(method)
                ? JsonParser.parseString(configurationAnswer) : JsonNull.INSTANCE;
        JsonObject response = new JsonObject();
        response.addProperty("jsonrpc", "2.0");
        response.add("id", id);
        response.add("result", result);
        sendJson(response.toString());
        messagesSent.decrementAndGet(); // not one of the test's messages
    }

    /** Responses that arrived for no request this client is waiting for, such as those with id null. */
    Map<String, JsonObject> unclaimed() {
        return unclaimed;
    }

    Throwable readerFailure() {
        return readerFailure;
    }

    /** The stacks of this JVM's threads, for a server that stopped answering in process. */
    static String threads() {
        StringBuilder out = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            out.append(thread.getName()).append(' ').append(thread.getState()).append('\n');
            for (int i = 0; i < Math.min(stack.length, 25); i++) {
                out.append("    at ").append(stack[i]).append('\n');
            }
        });
        return out.toString();
    }

    String tail() {
        String log = stderr.toString(StandardCharsets.UTF_8);
        return log.substring(Math.max(0, log.length() - 4000));
    }

    @Override
    public void close() {
        try {
            toServer.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
