package vn.dvk.localstack.store;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableH2BackendTest {

    @Test
    void reads_skip_the_group_commit() {
        assertThat(DurableH2Backend.isRead("find", new Document())).isTrue();
        assertThat(DurableH2Backend.isRead("getMore", new Document())).isTrue();
        assertThat(DurableH2Backend.isRead("isMaster", new Document())).isTrue();
        assertThat(DurableH2Backend.isRead("aggregate",
                new Document("pipeline", List.of(new Document("$match", new Document()))))).isTrue();
    }

    @Test
    void writes_and_unknown_commands_wait_for_durability() {
        assertThat(DurableH2Backend.isRead("insert", new Document())).isFalse();
        assertThat(DurableH2Backend.isRead("findAndModify", new Document())).isFalse();
        assertThat(DurableH2Backend.isRead("createIndexes", new Document())).isFalse();
        assertThat(DurableH2Backend.isRead("someFutureCommand", new Document())).isFalse();
        assertThat(DurableH2Backend.isRead("aggregate",
                new Document("pipeline", List.of(new Document("$out", "copy"))))).isFalse();
    }

    private static final int ENTRIES = 20_000;
    private static final String PADDING = "-".repeat(50);

    @TempDir
    Path directory;

    @Test
    void a_read_keeps_the_pages_of_its_version_while_writes_and_the_housekeeping_go_on() {
        Path file = directory.resolve("dvk.mv");
        fill(file);
        MVStore store = open(file);
        DurableH2Backend backend = new DurableH2Backend(store, new GroupCommit(store, version -> { }));
        MVMap<Integer, String> map = store.openMap("data");

        int read = backend.whileReading(() -> {
            Iterator<Map.Entry<Integer, String>> scan = map.entrySet().iterator();
            scan.next();
            rewriteEverything(store, map);
            int entries = 1;
            for (; scan.hasNext(); scan.next()) {
                entries++;
            }
            return entries;
        });

        assertThat(read).isEqualTo(ENTRIES);
        store.close();
    }

    @Test
    void without_its_version_registered_the_same_read_meets_a_page_whose_chunk_was_dropped() {
        Path file = directory.resolve("dvk.mv");
        fill(file);
        MVStore store = open(file);
        MVMap<Integer, String> map = store.openMap("data");
        Iterator<Map.Entry<Integer, String>> scan = map.entrySet().iterator();
        scan.next();

        rewriteEverything(store, map);

        assertThatThrownBy(() -> scan.forEachRemaining(entry -> { })).isInstanceOf(MVStoreException.class)
                .hasMessageContaining("not found");
        store.close();
    }

    /** A file whose pages are on disk only, as after a restart: a scan reads them from their chunks as it goes. */
    private static void fill(Path file) {
        MVStore store = open(file);
        MVMap<Integer, String> map = store.openMap("data");
        for (int i = 0; i < ENTRIES; i++) {
            map.put(i, "document " + i + " of the first version" + PADDING);
        }
        store.commit();
        store.close();
    }

    /** As the store runs it: retention time 0, commits only by hand. */
    private static MVStore open(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().autoCommitBufferSize(0)
                .open();
        store.setRetentionTime(0);
        return store;
    }

    /** Every entry written anew a few times, each time committed and the sparse chunks rewritten. */
    private static void rewriteEverything(MVStore store, MVMap<Integer, String> map) {
        for (int round = 1; round <= 10; round++) {
            for (int i = 0; i < ENTRIES; i++) {
                map.put(i, "document " + i + " of version " + round + PADDING);
            }
            store.commit();
            store.compact(60, 16 << 20);
            store.commit();
        }
    }
}
