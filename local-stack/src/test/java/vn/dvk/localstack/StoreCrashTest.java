package vn.dvk.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import vn.dvk.localstack.store.StoreProcess;

/** The store process killed with SIGKILL under concurrent writes keeps every write it acknowledged. */
class StoreCrashTest {

    private static final int WRITERS = 8;
    private static final int ROUNDS = 3;

    @TempDir
    Path dir;

    @Test
    @Timeout(180)
    void every_acknowledged_write_survives_a_sigkill_under_load() throws Exception {
        StoreProcess store = new StoreProcess(dir.resolve("crash.mv"));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                store.start();
                int before = acknowledged.size();
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                try (MongoClient client = client(store.connectionString())) {
                    List<Future<?>> running = new ArrayList<>();
                    for (int w = 0; w < WRITERS; w++) {
                        String prefix = "r" + round + "-w" + w + "-";
                        running.add(writers.submit(() -> writeUntilRefused(models(client), prefix, acknowledged)));
                    }
                    await("writes acknowledged in round " + round).atMost(Duration.ofSeconds(60))
                            .until(() -> acknowledged.size() >= before + 200);
                    store.kill();
                    for (Future<?> writer : running) {
                        writer.get(60, TimeUnit.SECONDS);
                    }
                } finally {
                    writers.shutdownNow();
                }

                store.start();
                try (MongoClient client = client(store.connectionString())) {
                    Set<String> missing = new HashSet<>(acknowledged);
                    models(client).find().projection(new Document("_id", 1))
                            .forEach(document -> missing.remove(document.getString("_id")));
                    assertThat(missing).as("acknowledged writes lost by SIGKILL number %d (of %d acknowledged)",
                            round + 1, acknowledged.size()).isEmpty();
                }
                store.stop();
            }
        } finally {
            store.kill();
        }
    }

    /** Inserts one document after the other until the store stops answering; records each acknowledged id. */
    private static void writeUntilRefused(MongoCollection<Document> models, String prefix, Set<String> acknowledged) {
        for (int i = 0; ; i++) {
            String id = prefix + i;
            try {
                models.insertOne(new Document("_id", id).append("name", "Mô hình số " + i));
            } catch (RuntimeException storeGone) {
                return;
            }
            acknowledged.add(id);
        }
    }

    private static MongoClient client(String uri) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .retryWrites(false)
                .applyToClusterSettings(c -> c.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .build());
    }

    private static MongoCollection<Document> models(MongoClient client) {
        return client.getDatabase("registration").getCollection("models");
    }
}
