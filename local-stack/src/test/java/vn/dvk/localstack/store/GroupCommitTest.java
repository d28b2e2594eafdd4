package vn.dvk.localstack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {

    @TempDir
    Path dir;

    private MVStore store;
    private MVMap<String, String> models;
    private final List<Long> durableVersions = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        store = new MVStore.Builder().fileName(dir.resolve("group.mv").toString()).autoCommitDisabled()
                .autoCommitBufferSize(0).open();
        models = store.openMap("models");
        store.commit();
    }

    @AfterEach
    void close() {
        store.closeImmediately();
    }

    @Test
    void a_write_returns_only_after_its_commit_is_synced() {
        GroupCommit groupCommit = new GroupCommit(store, durableVersions::add);

        String answer = groupCommit.write(() -> models.put("m-1", "Mô hình 1") == null ? "inserted" : "replaced");

        assertThat(answer).isEqualTo("inserted");
        assertThat(store.hasUnsavedChanges()).isFalse();
        assertThat(durableVersions).containsExactly(store.getCurrentVersion());
    }

    @Test
    void a_failing_write_is_made_durable_before_its_error_is_answered() {
        GroupCommit groupCommit = new GroupCommit(store, durableVersions::add);

        assertThatThrownBy(() -> groupCommit.write(() -> {
            models.put("m-1", "inserted before the failure");
            throw new IllegalArgumentException("duplicate key m-2");
        })).hasMessage("duplicate key m-2");

        assertThat(store.hasUnsavedChanges()).isFalse();
        assertThat(durableVersions).hasSize(1);
    }

    @Test
    void a_write_that_changes_nothing_costs_no_commit() {
        GroupCommit groupCommit = new GroupCommit(store, durableVersions::add);

        groupCommit.write(() -> models.get("m-404"));

        assertThat(durableVersions).isEmpty();
    }

    @Test
    @Timeout(30)
    void writes_arriving_during_a_commit_share_the_next_one() throws Exception {
        CountDownLatch firstCommitSynced = new CountDownLatch(1);
        CountDownLatch othersApplied = new CountDownLatch(3);
        CountDownLatch releaseFirstCommit = new CountDownLatch(1);
        GroupCommit groupCommit = new GroupCommit(store, version -> {
            durableVersions.add(version);
            if (durableVersions.size() == 1) {
                firstCommitSynced.countDown();
                await(releaseFirstCommit);
            }
        });
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            Future<?> first = writers.submit(() -> groupCommit.write(() -> models.put("m-0", "Mô hình 0")));
            await(firstCommitSynced);
            List<Future<Object>> others = List.of(1, 2, 3).stream().map(i -> writers.submit(() -> groupCommit.write(() -> {
                models.put("m-" + i, "Mô hình " + i);
                othersApplied.countDown();
                return null;
            }))).toList();
            await(othersApplied);
            releaseFirstCommit.countDown();

            first.get(10, TimeUnit.SECONDS);
            for (Future<Object> other : others) {
                other.get(10, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }

        assertThat(durableVersions).as("one commit for the first write, one for the three that waited").hasSize(2);
        assertThat(groupCommit.statistics()).isEqualTo("4 writes in 2 commits (2.0 writes per commit)");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
