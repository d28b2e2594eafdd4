package vn.dvk.platform.audit;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.dvk.platform.scope.Subtree;

/**
 * The append-only audit log of a service, in its own collection: records are only ever inserted, under their sequence
 * number as {@code _id}, so two instances appending at once cannot both take a number; the loser reads the new head
 * and links after it. Nothing in the services updates or deletes a record.
 */
public class AuditTrail {

    static final String COLLECTION = "audit_log";

    private final MongoTemplate mongo;
    private AuditRecord head;

    public AuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Appends a record after the current head and returns it. */
    public synchronized AuditRecord append(AuditRecord.Entry entry) {
        while (true) {
            AuditRecord last = head != null ? head : readHead();
            AuditRecord record = AuditRecord.chain(last == null ? 1 : last.sequence() + 1, entry,
                    last == null ? AuditRecord.GENESIS : last.hash());
            try {
                mongo.insert(toDocument(record), COLLECTION);
                head = record;
                return record;
            } catch (DuplicateKeyException anotherInstanceAppended) {
                head = null;
            }
        }
    }

    /** A page of records, newest first, narrowed by the filters and to officials of the visible subtree. */
    public Page list(Filter filter, String visiblePath, int page, int size) {
        Query query = new Query(Subtree.of("unitPath", visiblePath));
        if (filter.login() != null) {
            query.addCriteria(Criteria.where("login").is(filter.login()));
        }
        if (filter.targetId() != null) {
            query.addCriteria(Criteria.where("targetId").is(filter.targetId()));
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria at = Criteria.where("at");
            if (filter.from() != null) {
                at = at.gte(Date.from(filter.from()));
            }
            if (filter.to() != null) {
                at = at.lt(Date.from(filter.to()));
            }
            query.addCriteria(at);
        }
        long total = mongo.count(query, COLLECTION);
        query.with(Sort.by(Sort.Direction.DESC, "_id")).skip((long) page * size).limit(size);
        List<AuditRecord> items = mongo.find(query, Document.class, COLLECTION).stream()
                .map(AuditTrail::fromDocument).toList();
        return new Page(items, page, size, total);
    }

    /**
     * Walks the whole chain in order: every record's hash must match its fields, link to the hash before it, and the
     * sequence must have no gap. Reports the first record where that fails.
     */
    public Verification verify() {
        String expectedPrevious = AuditRecord.GENESIS;
        long expectedSequence = 1;
        long checked = 0;
        int batch = 1000;
        while (true) {
            Query next = new Query(Criteria.where("_id").gte(expectedSequence)).with(Sort.by("_id")).limit(batch);
            List<Document> documents = mongo.find(next, Document.class, COLLECTION);
            for (Document document : documents) {
                AuditRecord record = fromDocument(document);
                if (record.sequence() != expectedSequence) {
                    return Verification.broken(checked, expectedSequence, "record " + expectedSequence
                            + " is missing");
                }
                if (!record.previousHash().equals(expectedPrevious)) {
                    return Verification.broken(checked, record.sequence(), "record " + record.sequence()
                            + " does not link to the record before it");
                }
                if (!record.isIntact()) {
                    return Verification.broken(checked, record.sequence(), "record " + record.sequence()
                            + " was altered after it was written");
                }
                expectedPrevious = record.hash();
                expectedSequence++;
                checked++;
            }
            if (documents.size() < batch) {
                return Verification.intact(checked);
            }
        }
    }

    /** Filters of the audit list; null means "any". */
    public record Filter(String login, String targetId, java.time.Instant from, java.time.Instant to) {
    }

    public record Page(List<AuditRecord> items, int page, int size, long total) {
    }

    /** The outcome of walking the chain. */
    public record Verification(boolean intact, long checked, Long firstBrokenSequence, String problem) {

        static Verification intact(long checked) {
            return new Verification(true, checked, null, null);
        }

        static Verification broken(long checked, long sequence, String problem) {
            return new Verification(false, checked, sequence, problem);
        }
    }

    private AuditRecord readHead() {
        Document last = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
                Document.class, COLLECTION);
        return last == null ? null : fromDocument(last);
    }

    private static Document toDocument(AuditRecord record) {
        return new Document("_id", record.sequence()).append("at", Date.from(record.at()))
                .append("login", record.login()).append("name", record.name())
                .append("roles", new ArrayList<>(record.roles())).append("unitCode", record.unitCode())
                .append("unitPath", record.unitPath()).append("method", record.method())
                .append("path", record.path()).append("operation", record.operation())
                .append("targetId", record.targetId()).append("status", record.status())
                .append("requestId", record.requestId()).append("clientAddress", record.clientAddress())
                .append("previousHash", record.previousHash()).append("hash", record.hash());
    }

    private static AuditRecord fromDocument(Document document) {
        return new AuditRecord(((Number) document.get("_id")).longValue(), document.getDate("at").toInstant(),
                document.getString("login"), document.getString("name"), document.getList("roles", String.class),
                document.getString("unitCode"), document.getString("unitPath"), document.getString("method"),
                document.getString("path"), document.getString("operation"), document.getString("targetId"),
                document.getInteger("status"), document.getString("requestId"), document.getString("clientAddress"),
                document.getString("previousHash"), document.getString("hash"));
    }
}
