package vn.dvk.systemtest.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;

/**
 * The stack's store, reached directly: what it says it is, and how fast it takes unordered bulk inserts of documents
 * shaped like reporting's model views, the ceiling that reporting's events per second are compared with.
 */
final class StoreUnderTest implements AutoCloseable {

    private static final int BULK = 1_000;
    private static final String DATABASE = "benchmark_raw_writes";

    private final String uri;
    private final MongoClient client;

    StoreUnderTest(String uri) {
        this.uri = uri;
        this.client = MongoClients.create(uri);
    }

    /** E.g. "MongoDB-wire store at mongodb://127.0.0.1:27017, buildInfo version 3.6.0". */
    String describe(String kind) {
        Document info = client.getDatabase("admin").runCommand(new Document("buildInfo", 1));
        return kind + " at " + uri + ", buildInfo version " + info.getString("version");
    }

    /** Inserts {@code n} documents in unordered bulks of {@value #BULK}; documents per second. */
    double bulkInsertsPerSecond(int n, int year) {
        MongoDatabase database = client.getDatabase(DATABASE);
        MongoCollection<Document> collection = database.getCollection("models_" + year);
        collection.drop();
        InsertManyOptions unordered = new InsertManyOptions().ordered(false);
        long start = System.nanoTime();
        List<Document> bulk = new ArrayList<>(BULK);
        for (int i = 0; i < n; i++) {
            bulk.add(modelView(i, year));
            if (bulk.size() == BULK || i == n - 1) {
                collection.insertMany(bulk, unordered);
                bulk = new ArrayList<>(BULK);
            }
        }
        double perSecond = n / ((System.nanoTime() - start) / 1e9);
        database.drop();
        return perSecond;
    }

    /** How many documents a collection of a service's database holds that match {@code filter}. */
    long count(String database, String collection, Document filter) {
        return client.getDatabase(database).getCollection(collection).countDocuments(filter);
    }

    private static Document modelView(int i, int year) {
        String unitPath = ModelEvents.UNIT_PATHS.get(i % ModelEvents.UNIT_PATHS.size());
        return new Document("_id", UUID.randomUUID().toString()).append("version", 1L).append("year", year)
                .append("unitCode", unitPath.substring(unitPath.lastIndexOf('/') + 1)).append("unitPath", unitPath)
                .append("level", "GRASSROOTS").append("field", "ECONOMY").append("ownerType", "COLLECTIVE")
                .append("kind", "MODEL").append("status", "REGISTERED").append("name", "Mô hình đo tải số " + i)
                .append("counted", true);
    }

    @Override
    public void close() {
        client.close();
    }
}
