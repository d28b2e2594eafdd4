package vn.dvk.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
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
import vn.dvk.localstack.process.Ports;
import vn.dvk.localstack.store.StoreProcess;

class EmbeddedMongoMainTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(20)
    void documentsSurviveARestartOnTheSameFile() {
        Path file = dir.resolve("mongo/dvk.mv");
        int port = Ports.free();

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
    @Timeout(300)
    void theProcessFlushesItsFileOnSigterm() {
        try (StoreProcess store = new StoreProcess(dir.resolve("dvk.mv")).start()) {
            // The line follows the bind, so it may reach the log just after the port answers.
            await("store logs its listening line").atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    store.log()).contains("embedded MongoDB-wire store listening on "
                    + store.connectionString().substring(10)));
            try (MongoClient client = client(store.connectionString())) {
                models(client).insertOne(new Document("_id", "m-2").append("status", "REGISTERED"));
            }
            // stop() sends SIGTERM, as ./dvk stop does; the last write must still be in the file afterwards.
            assertThat(store.stop()).as("store exits after SIGTERM").isTrue();

            store.start();
            try (MongoClient client = client(store.connectionString())) {
                Document found = models(client).find(new Document("_id", "m-2")).first();
                assertThat(found).isNotNull();
                assertThat(found.getString("status")).isEqualTo("REGISTERED");
            }
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
        int port = Ports.free();
        try (EmbeddedMongoMain.Store store = EmbeddedMongoMain.Store.start(file, "127.0.0.1", port)) {
            assertThat(store.address().getPort()).isEqualTo(port);
        }
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

}
