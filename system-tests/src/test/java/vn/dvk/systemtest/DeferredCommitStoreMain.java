package vn.dvk.systemtest;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The embedded store as it was before writes were synced, for {@link StoreBenchmark}'s comparison only:
 * mongo-java-server's H2 backend with MVStore's defaults, which acknowledges a write while it is still in memory and
 * commits to the file about once a second. Arguments as {@code EmbeddedMongoMain}: {@code file host port}.
 */
public final class DeferredCommitStoreMain {

    private DeferredCommitStoreMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        MongoServer server = new MongoServer(new H2Backend(args[0]));
        server.bind(args[1], Integer.parseInt(args[2]));
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "store-shutdown"));
        Thread.currentThread().join();
    }
}
