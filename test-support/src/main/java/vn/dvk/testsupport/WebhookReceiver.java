package vn.dvk.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A province's system receiving dvk's webhooks, on a free port: it answers each call as told (e.g. 500 to the first
 * two, 200 after), keeps every call it got with its headers and body, and checks signatures as a receiver must.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** A call as it arrived. */
    public record Call(String signature, String delivery, String contentType, byte[] body, int answered) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /**
         * What the receiving system does with the secret it was given: {@code X-DVK-Signature} must be
         * {@code sha256=} and the hex HMAC-SHA256 of the body exactly as read, compared in constant time.
         */
        public boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                byte[] expected = ("sha256=" + HexFormat.of().formatHex(mac.doFinal(body)))
                        .getBytes(StandardCharsets.UTF_8);
                return signature != null
                        && MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile IntUnaryOperator answer;

    private WebhookReceiver(IntUnaryOperator answer) {
        this.answer = answer;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    /** Answers 500 to the first {@code failures} calls and 200 to the others. */
    public static WebhookReceiver failingFirst(int failures) {
        return new WebhookReceiver(call -> call <= failures ? 500 : 200);
    }

    public static WebhookReceiver alwaysFailing() {
        return new WebhookReceiver(call -> 503);
    }

    /** From now on every call is answered 200. */
    public void recover() {
        answer = call -> 200;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> accepted() {
        return calls.stream().filter(call -> call.answered() / 100 == 2).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        int status = answer.applyAsInt(count.incrementAndGet());
        calls.add(new Call(exchange.getRequestHeaders().getFirst("X-DVK-Signature"),
                exchange.getRequestHeaders().getFirst("X-DVK-Delivery"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body, status));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
