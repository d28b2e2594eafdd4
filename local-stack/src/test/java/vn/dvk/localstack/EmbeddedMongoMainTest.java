package vn.dvk.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoMainTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(20)
    void documentsSurviveARestartOnTheSameFile() {
        Path file = dir.resolve("mongo/dvk.mv");
        int port = freePort();

        try (EmbeddedMongoMain.Store store = EmbeddedMongoMain.Store.start(file, "127.0.0.1", port);
             MongoClient client = client(store.connectionString())) {
            models(client).insertOne(new Document("_id", "m-1").append("name", "Mô hình trồng lê Tai nung"));
        }
        assertThat(file).exists();

        try (EmbeddedMongoMain.Store store = EmbeddedMongoMain.Store.start(file, "127.0.0.1", port);
             MongoClient client = client(store.connectionString())) {
            Document found = models(client).find(new Document("_id", "m-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Mô hình trồng lê Tai nung");
        }
    }

    @Test
    @Timeout(30)
    void theProcessFlushesItsFileOnSigterm() throws Exception {
        Path file = dir.resolve("dvk.mv");
        int port = freePort();
        String uri = "mongodb://127.0.0.1:" + port;

        Process first = startProcess(file, port);
        try (MongoClient client = client(uri)) {
            models(client).insertOne(new Document("_id", "m-2").append("status", "REGISTERED"));
        }
        // destroy() sends SIGTERM, as ./dvk stop does; the last write must still be in the file afterwards.
        first.destroy();
        assertThat(first.waitFor(15, TimeUnit.SECONDS)).as("store exits after SIGTERM").isTrue();

        Process second = startProcess(file, port);
        try (MongoClient client = client(uri)) {
            Document found = models(client).find(new Document("_id", "m-2")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("status")).isEqualTo("REGISTERED");
        } finally {
            second.destroy();
            second.waitFor(15, TimeUnit.SECONDS);
        }
    }

    @Test
    @Timeout(20)
    void aTakenPortIsReportedAndReleasesTheFile() throws Exception {
        Path file = dir.resolve("taken.mv");
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            assertThatThrownBy(
                    () -> EmbeddedMongoMain.Store.start(file, "127.0.0.1", port)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + port);
        }
        int port = freePort();
        try (EmbeddedMongoMain.Store store = EmbeddedMongoMain.Store.start(file, "127.0.0.1", port)) {
            assertThat(store.address().getPort()).isEqualTo(port);
        }
    }

    private static Process startProcess(Path file, int port) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), EmbeddedMongoMain.class.getName(),
                file.toString(), "127.0.0.1", Integer.toString(port)))
                .redirectErrorStream(true)
                .start();
        CompletableFuture<Boolean> listening = new CompletableFuture<>();
        // Keep draining after the line is seen: a closed pipe would make the child's logging fail.
        Thread drain = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.contains("embedded MongoDB-wire store listening on 127.0.0.1:" + port)) {
                        listening.complete(true);
                    }
                }
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
            listening.complete(false);
        }, "store-output");
        drain.setDaemon(true);
        drain.start();
        try {
            assertThat(listening.get(15, TimeUnit.SECONDS)).as("store logs its listening line").isTrue();
        } catch (Exception e) {
            process.destroyForcibly();
            throw new AssertionError("store process did not start", e);
        }
        return process;
    }

    private static MongoClient client(String uri) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(s -> s.connectTimeout((int) Duration.ofSeconds(5).toMillis(),
                        TimeUnit.MILLISECONDS))
                .build());
    }

    private static MongoCollection<Document> models(MongoClient client) {
        return client.getDatabase("registration").getCollection("models");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
