package vn.dvk.localstack.store;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend whose writes are on disk before they are answered, like MongoDB's journaled writes
 * ({@code j: true}).
 *
 * <p>The server handles a command on a Netty worker thread and writes the reply only after
 * {@link #handleCommand} returns ({@code MongoDatabaseHandler.channelRead0}); every command, whether it came as
 * {@code OP_MSG} or as a legacy {@code $cmd} query, passes through here. So a command that may change data runs
 * through {@link GroupCommit}, and its reply leaves after the commit that covers it has been synced. Commands that
 * only read skip it. A command not known to be a read is treated as a write: an unknown write must never be
 * acknowledged before it is durable.
 */
public final class DurableH2Backend extends H2Backend {

    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "listcollections",
            "listindexes", "listdatabases", "ismaster", "hello", "buildinfo", "ping", "serverstatus", "whatsmyuri",
            "getlasterror", "getlog", "hostinfo", "getcmdlineopts", "connectionstatus", "getfreemonitoringstatus",
            "dbstats", "collstats", "endsessions", "killcursors", "getparameter", "explain");

    private final GroupCommit groupCommit;
    private StoreHousekeeping housekeeping;

    public DurableH2Backend(MVStore store, GroupCommit groupCommit) {
        super(store);
        this.groupCommit = groupCommit;
    }

    /** Starts rewriting sparse chunks in the background, once the store is known to be usable. */
    public synchronized void startHousekeeping() {
        if (housekeeping == null) {
            housekeeping = StoreHousekeeping.start(getMvStore());
        }
    }

    /** Called by the server after its handlers have stopped: stops the housekeeping, then commits and closes. */
    @Override
    public synchronized void close() {
        if (housekeeping != null) {
            housekeeping.stop();
            housekeeping = null;
        }
        super.close();
    }

    /** The names of the databases the backend opened from its file. */
    public Set<String> openedDatabases() {
        return Set.copyOf(listDatabaseNames());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (isRead(command, query)) {
            return whileReading(() -> super.handleCommand(channel, database, command, query));
        }
        return groupCommit.write(() -> super.handleCommand(channel, database, command, query));
    }

    /**
     * Runs a read with the MVStore version it starts on registered. A read walks the maps as they were when it began,
     * while writes go on beside it; with dead chunks reused at once (retention time 0) a commit or the housekeeping
     * drops every chunk no newer version uses, and a scan of a large collection then met a page of its version gone
     * ("Chunk n not found", answered as an error). A registered version keeps its chunks until the read has ended.
     * The server answers a query with all its results gathered, so a later {@code getMore} reads no pages.
     */
    <T> T whileReading(Supplier<T> read) {
        MVStore store = getMvStore();
        MVStore.TxCounter version = store.registerVersionUsage();
        try {
            return read.get();
        } finally {
            store.deregisterVersionUsage(version);
        }
    }

    static boolean isRead(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (READS.contains(name)) {
            return true;
        }
        return name.equals("aggregate") && !writesOutput(query.get("pipeline"));
    }

    /** An aggregation ending in {@code $out} or {@code $merge} writes a collection. */
    private static boolean writesOutput(Object pipeline) {
        if (!(pipeline instanceof List<?> stages)) {
            return false;
        }
        return stages.stream().anyMatch(stage -> stage instanceof Document document
                && (document.containsKey("$out") || document.containsKey("$merge")));
    }
}
