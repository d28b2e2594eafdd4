package vn.dvk.localstack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreHousekeepingTest {

    @TempDir
    Path dir;

    @Test
    void sparse_chunks_are_rewritten_and_their_space_freed_by_the_following_commits() {
        MVStore store = new MVStore.Builder().fileName(dir.resolve("sparse.mv").toString()).autoCommitDisabled()
                .autoCommitBufferSize(0).open();
        try {
            store.setRetentionTime(0);
            MVMap<Integer, String> models = store.openMap("models");
            // One commit per write, as the group commit does under light load; then most models change again, so
            // the early chunks keep a few live pages among many dead ones.
            for (int i = 0; i < 2_000; i++) {
                models.put(i, "Mô hình dân vận khéo số " + i + " ".repeat(200));
                store.commit();
            }
            for (int i = 0; i < 2_000; i++) {
                if (i % 10 != 0) {
                    models.put(i, "Mô hình đã sửa số " + i);
                    store.commit();
                }
            }
            int before = store.getFileStore().getChunksFillRate();

            StoreHousekeeping housekeeping = StoreHousekeeping.start(store);
            housekeeping.rewriteSparseChunks();
            housekeeping.stop();
            store.commit();
            // MVStore keeps the last versions readable a little longer: the emptied chunks are freed a few commits
            // later.
            for (int i = 0; i < 10; i++) {
                models.put(-i - 1, "Mô hình mới " + i);
                store.commit();
            }

            assertThat(before).as("fill rate of the chunks before").isLessThan(60);
            assertThat(store.getFileStore().getChunksFillRate()).isGreaterThan(before);
            assertThat(models.get(10)).startsWith("Mô hình dân vận khéo số 10");
        } finally {
            store.closeImmediately();
        }
    }
}
