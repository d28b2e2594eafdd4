package vn.dvk.reporting.rebuild.adapter;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dvk.reporting.generation.domain.Generation;
import vn.dvk.reporting.rebuild.domain.HistoryPartition;
import vn.dvk.reporting.rebuild.domain.RebuildState;
import vn.dvk.reporting.rebuild.domain.RebuildStates;

/**
 * The state of the last rebuild in one {@code _id}-keyed document of {@code rpt_rebuild}, replaced after every batch
 * (not a read model: a rebuild never drops it). Positions are kept as a list, since topic names hold dots.
 */
@Component
public class MongoRebuildStates implements RebuildStates {

    private static final String COLLECTION = "rpt_rebuild";
    private static final String LAST = "last";

    private final MongoTemplate mongo;

    public MongoRebuildStates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<RebuildState> last() {
        return Optional.ofNullable(mongo.findById(LAST, Document.class, COLLECTION)).map(MongoRebuildStates::stateOf);
    }

    @Override
    public boolean begin(RebuildState started) {
        try {
            // Matches the saved state unless it is running; when it is, the upsert's insert collides on the _id.
            mongo.upsert(Query.query(Criteria.where("_id").is(LAST).and("status")
                    .ne(RebuildState.Status.RUNNING.name())), Update.fromDocument(documentOf(started)), COLLECTION);
            return true;
        } catch (DuplicateKeyException running) {
            return false;
        }
    }

    @Override
    public void save(RebuildState state) {
        mongo.save(documentOf(state), COLLECTION);
    }

    private static Document documentOf(RebuildState state) {
        List<Document> positions = state.positions().entrySet().stream()
                .map(entry -> new Document("topic", entry.getKey().topic())
                        .append("partition", entry.getKey().partition()).append("offset", entry.getValue()))
                .toList();
        return new Document("_id", LAST).append("status", state.status().name())
                .append("building", state.building().number()).append("replacing", state.replacing().number())
                .append("positions", positions).append("done", state.done()).append("failed", state.failed())
                .append("startedAt", Date.from(state.startedAt())).append("updatedAt", Date.from(state.updatedAt()));
    }

    private static RebuildState stateOf(Document stored) {
        Map<HistoryPartition, Long> positions = new LinkedHashMap<>();
        for (Document position : stored.getList("positions", Document.class)) {
            positions.put(new HistoryPartition(position.getString("topic"), position.getInteger("partition")),
                    ((Number) position.get("offset")).longValue());
        }
        return new RebuildState(RebuildState.Status.valueOf(stored.getString("status")),
                new Generation(((Number) stored.get("building")).longValue()),
                new Generation(((Number) stored.get("replacing")).longValue()), positions,
                ((Number) stored.get("done")).longValue(), ((Number) stored.get("failed")).longValue(),
                stored.getDate("startedAt").toInstant(), stored.getDate("updatedAt").toInstant());
    }
}
