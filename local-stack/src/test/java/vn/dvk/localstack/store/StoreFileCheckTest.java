package vn.dvk.localstack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.dvk.localstack.EmbeddedMongoMain;
import vn.dvk.localstack.process.Ports;
import vn.dvk.localstack.store.StoreProcess;

/** The store refuses a damaged file, names it and says what to do, and leaves it as it was. */
class StoreFileCheckTest {

    private static final int MODELS = 400;

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void a_truncated_copy_of_a_cleanly_closed_store_is_refused_and_left_unchanged() throws IOException {
        Path original = closedStoreWithModels(dir.resolve("original/dvk.mv"));
        Path copy = copyWithState(original, dir.resolve("copy/dvk.mv"));
        truncateTo(copy, Files.size(copy) * 2 / 3);
        String damaged = FileChecksum.sha256(copy);

        assertThatThrownBy(() -> start(copy)).isInstanceOf(DamagedStoreException.class)
                .hasMessageContaining(copy.toString())
                .hasMessageContaining("bytes, but the store closed it with")
                .hasMessageContaining("./dvk restore .dvk/backups/")
                .hasMessageContaining("./dvk backup");
        assertThat(FileChecksum.sha256(copy)).as("the damaged file is left as it was").isEqualTo(damaged);
    }

    @Test
    @Timeout(60)
    void overwritten_bytes_in_a_cleanly_closed_store_are_refused() throws IOException {
        Path original = closedStoreWithModels(dir.resolve("original/dvk.mv"));
        Path copy = copyWithState(original, dir.resolve("copy/dvk.mv"));
        overwrite(copy, Files.size(copy) / 2, 64);

        assertThatThrownBy(() -> start(copy)).isInstanceOf(DamagedStoreException.class)
                .hasMessageContaining(copy.toString()).hasMessageContaining("SHA-256 differs");
    }

    @Test
    @Timeout(60)
    void overwritten_bytes_are_found_by_reading_every_entry_even_without_a_state_file() throws IOException {
        Path original = closedStoreWithModels(dir.resolve("original/dvk.mv"));
        // Where MVStore itself notices nothing, the check's full read does: try spots until one hits live data.
        int refused = 0;
        for (int spot = 1; spot < 10; spot++) {
            Path copy = dir.resolve("copy-" + spot + "/dvk.mv");
            Files.createDirectories(copy.getParent());
            Files.copy(original, copy);
            overwrite(copy, Files.size(copy) * spot / 10, 256);
            try {
                start(copy).close();
            } catch (DamagedStoreException e) {
                assertThat(e).hasMessageContaining(copy.toString());
                refused++;
            }
        }
        assertThat(refused).as("copies refused out of 9 with 256 overwritten bytes").isPositive();
    }

    @Test
    @Timeout(90)
    void a_store_truncated_after_a_sigkill_is_refused_rather_than_served_from_an_older_version() throws IOException {
        StoreProcess process = new StoreProcess(dir.resolve("killed/dvk.mv")).start();
        try (MongoClient client = client(process.connectionString())) {
            for (int i = 0; i < MODELS; i++) {
                models(client).insertOne(model(i));
            }
        }
        process.kill();
        assertThat(StoreState.of(process.file()).read()).hasValueSatisfying(state -> assertThat(state.closed())
                .as("a killed store leaves its state open").isFalse());
        Path copy = copyWithState(process.file(), dir.resolve("copy/dvk.mv"));
        truncateTo(copy, Files.size(copy) * 3 / 4);

        // Depending on where the cut falls, MVStore opens an older version (which the state record exposes) or
        // finds no readable version at all; either way the file is refused.
        assertThatThrownBy(() -> start(copy)).isInstanceOf(DamagedStoreException.class)
                .hasMessageContaining(copy.toString())
                .satisfies(refused -> assertThat(refused.getMessage())
                        .containsAnyOf("committed writes are missing", "it cannot be opened"));
    }

    @Test
    @Timeout(30)
    void a_missing_store_file_whose_state_is_recorded_is_refused() throws IOException {
        Path original = closedStoreWithModels(dir.resolve("original/dvk.mv"));
        Files.delete(original);

        assertThatThrownBy(() -> start(original)).isInstanceOf(DamagedStoreException.class)
                .hasMessageContaining(original + " is damaged: it is missing");
    }

    @Test
    @Timeout(30)
    void a_file_written_before_state_files_existed_is_checked_opened_and_given_one() {
        Path legacy = dir.resolve("legacy/dvk.mv");
        MongoServer server = new MongoServer(new H2Backend(createdFile(legacy).toString()));
        server.bind("127.0.0.1", Ports.free());
        try (MongoClient client = client(server.getConnectionString())) {
            models(client).insertOne(model(1));
        } finally {
            server.shutdown();
        }

        try (EmbeddedMongoMain.Store store = start(legacy); MongoClient client = client(store.connectionString())) {
            assertThat(models(client).countDocuments()).isEqualTo(1);
        }
        assertThat(StoreState.of(legacy).read()).hasValueSatisfying(state -> assertThat(state.closed()).isTrue());
    }

    @Test
    @Timeout(60)
    void the_store_process_exits_with_status_3_and_names_the_damaged_file() throws IOException {
        Path original = closedStoreWithModels(dir.resolve("original/dvk.mv"));
        Path copy = copyWithState(original, dir.resolve("copy/dvk.mv"));
        truncateTo(copy, Files.size(copy) / 2);

        StoreProcess process = new StoreProcess(copy);
        assertThat(process.startExpectingExit(Duration.ofSeconds(30))).isEqualTo(3);
        assertThat(process.log()).contains("The store file " + copy + " is damaged")
                .contains("./dvk restore .dvk/backups/<folder>");
    }

    private Path closedStoreWithModels(Path file) {
        try (EmbeddedMongoMain.Store store = start(createdFile(file));
             MongoClient client = client(store.connectionString())) {
            List<Document> models = new ArrayList<>();
            for (int i = 0; i < MODELS; i++) {
                models.add(model(i));
                if (models.size() == 20) {
                    models(client).insertMany(models);
                    models.clear();
                }
            }
        }
        return file;
    }

    private static Document model(int i) {
        return new Document("_id", "m-" + i).append("name", "Mô hình dân vận khéo số " + i)
                .append("content", "Vận động nhân dân hiến đất làm đường giao thông nông thôn ".repeat(5));
    }

    private static EmbeddedMongoMain.Store start(Path file) {
        return EmbeddedMongoMain.Store.start(file, "127.0.0.1", Ports.free());
    }

    private static Path createdFile(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static Path copyWithState(Path file, Path copy) throws IOException {
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
        Files.copy(StoreState.pathFor(file), StoreState.pathFor(copy));
        return copy;
    }

    private static void truncateTo(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }

    private static void overwrite(Path file, long offset, int length) throws IOException {
        byte[] junk = new byte[length];
        new Random(offset).nextBytes(junk);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(junk), offset);
        }
    }

    private static MongoClient client(String uri) {
        return MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS)).build());
    }

    private static MongoCollection<Document> models(MongoClient client) {
        return client.getDatabase("dvk_registration").getCollection("model");
    }

}
