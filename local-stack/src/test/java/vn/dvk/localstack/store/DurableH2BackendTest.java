package vn.dvk.localstack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

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
}
