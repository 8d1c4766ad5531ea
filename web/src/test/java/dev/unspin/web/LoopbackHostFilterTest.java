package dev.unspin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.engine.Engine;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DNS-rebinding protection: on loopback, only this machine's own names reach the page and the API;
 * and pages of other origins cannot make the API check.
 */
class LoopbackHostFilterTest {
    static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        server = WebServer.start(new Engine(DefaultDictionary.load()),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST:8080", "127.0.0.1", "127.0.0.1:8080", "127.1.2.3", "[::1]:8080",
        "app.localhost:9"})
    void thisMachinesNamesAreServed(String host) throws Exception {
        assertTrue(LoopbackHostFilter.isLoopbackName(host), host);
        assertTrue(rawRequest("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 200"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"attacker.example", "attacker.example:8080", "127.0.0.1.attacker.example", "10.0.0.1",
        "[2001:db8::1]", "localhost.example", "", "[::1", "a:b:c"})
    void otherNamesAreRefusedWithoutRunningTheCheck(String host) throws Exception {
        assertFalse(LoopbackHostFilter.isLoopbackName(host), host);
        String body = "{\"text\": \"a coverage shift\"}";
        String response = rawRequest("POST /api/check HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertTrue(response.startsWith("HTTP/1.1 421"), response);
        assertTrue(response.contains("answers only to localhost"), response);
        assertFalse(response.contains("policy shift"), response);
    }

    @Test
    void aPageOfAnotherOriginCannotMakeTheServerCheck() throws Exception {
        String body = "a coverage shift";
        String crossOrigin = rawRequest("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nOrigin: http://evil.example\r\n"
                + "Content-Type: text/plain\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertTrue(crossOrigin.startsWith("HTTP/1.1 403"), crossOrigin);
        assertFalse(crossOrigin.contains("policy shift"), crossOrigin);
        String own = rawRequest("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nOrigin: http://127.0.0.1:8080\r\n"
                + "Content-Type: text/plain\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertTrue(own.startsWith("HTTP/1.1 200") && own.contains("policy shift"), own);
        String noOrigin = rawRequest("POST /api/check HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: text/plain\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertTrue(noOrigin.startsWith("HTTP/1.1 200") && noOrigin.contains("policy shift"), noOrigin);
    }

    @Test
    void aMissingHostIsRefused() throws Exception {
        assertTrue(rawRequest("GET / HTTP/1.0\r\n\r\n").startsWith("HTTP/1.1 421"));
    }

    /** Raw bytes over a socket: Java's HTTP client does not let a caller choose the Host header. */
    private static String rawRequest(String request) throws Exception {
        try (Socket socket = new Socket(server.address().getAddress(), server.address().getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void serversBoundToOtherAddressesAcceptAnyHost() throws Exception {
        try (WebServer open = WebServer.start(new Engine(DefaultDictionary.load()),
                new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0), new PrintStream(OutputStream.nullOutputStream()))) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), open.address().getPort())) {
                socket.setSoTimeout(30_000);
                socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: newsroom.example\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals("HTTP/1.1 200", response.substring(0, 12));
            }
        }
    }
}
