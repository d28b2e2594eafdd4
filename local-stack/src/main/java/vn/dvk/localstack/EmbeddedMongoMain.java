package vn.dvk.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dvk.localstack.store.DamagedStoreException;
import vn.dvk.localstack.store.DurableH2Backend;
import vn.dvk.localstack.store.GroupCommit;
import vn.dvk.localstack.store.StoreFileCheck;
import vn.dvk.localstack.store.StoreState;

/**
 * The embedded default's MongoDB-wire store: mongo-java-server on its H2 (MVStore) file backend, so data survives
 * restarts without a real {@code mongod}. A write is acknowledged only once it is on disk (see
 * {@link DurableH2Backend}), and the store refuses to start on a damaged file (see {@link StoreFileCheck}).
 *
 * <p>Usage: {@code EmbeddedMongoMain [file] [host] [port]}, defaults {@code .dvk/mongo/dvk.mv 127.0.0.1 27017}.
 * Runs in the foreground until SIGTERM/SIGINT; the shutdown hook closes the MVStore and records the closed file's
 * checksum. Exit status: 1 when it cannot start (port taken, file in use), {@value #EXIT_DAMAGED} when the file is
 * damaged.
 */
public final class EmbeddedMongoMain {

    static final String DEFAULT_FILE = ".dvk/mongo/dvk.mv";
    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 27017;
    static final int EXIT_DAMAGED = 3;
    /**
     * Netty worker threads. A write holds its thread until its commit is synced, so the number of threads bounds how
     * many writes one commit can gather; Netty's default (two per core) would let only four through on two cores.
     */
    static final int WORKER_THREADS = 32;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoMain.class);

    private EmbeddedMongoMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 3 || (args.length > 0 && (args[0].equals("-h") || args[0].equals("--help")))) {
            System.err.println("usage: EmbeddedMongoMain [file (" + DEFAULT_FILE + ")] [host (" + DEFAULT_HOST
                    + ")] [port (" + DEFAULT_PORT + ")]");
            System.exit(2);
        }
        Path file = Path.of(args.length > 0 ? args[0] : DEFAULT_FILE);
        String host = args.length > 1 ? args[1] : DEFAULT_HOST;
        int port;
        try {
            port = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_PORT;
        } catch (NumberFormatException e) {
            System.err.println("port must be a number, got '" + args[2] + "'");
            System.exit(2);
            return;
        }

        Store store;
        try {
            store = Store.start(file, host, port);
        } catch (DamagedStoreException e) {
            log.error(e.getMessage());
            System.exit(EXIT_DAMAGED);
            return;
        } catch (RuntimeException e) {
            log.error("embedded MongoDB-wire store could not start with {}: {}", file.toAbsolutePath(),
                    e.getMessage(), e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(store::close, "store-shutdown"));
        store.awaitClosed();
    }

    /** A running store; closing it stops listening, closes the H2 file and records its checksum. */
    public static final class Store implements AutoCloseable {

        private final MongoServer server;
        private final InetSocketAddress address;
        private final Path file;
        private final MVStore mvStore;
        private final StoreState state;
        private final GroupCommit groupCommit;
        private final AtomicBoolean closed = new AtomicBoolean();
        private final CountDownLatch closedLatch = new CountDownLatch(1);

        private Store(MongoServer server, InetSocketAddress address, Path file, MVStore mvStore, StoreState state,
                GroupCommit groupCommit) {
            this.server = server;
            this.address = address;
            this.file = file;
            this.mvStore = mvStore;
            this.state = state;
            this.groupCommit = groupCommit;
        }

        /**
         * Checks the file, opens it and listens.
         *
         * @throws DamagedStoreException when the file is damaged; it is left untouched
         * @throws IllegalStateException when the file is in use or the port is taken
         */
        public static Store start(Path file, String host, int port) {
            Path absolute = file.toAbsolutePath().normalize();
            try {
                Path parent = absolute.getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the directory for " + absolute, e);
            }
            StoreState state = StoreState.of(absolute);
            StoreFileCheck.verify(absolute, state);
            MVStore mvStore = openForWriting(absolute);
            GroupCommit groupCommit = new GroupCommit(mvStore, state::recordDurable);
            DurableH2Backend backend = new DurableH2Backend(mvStore, groupCommit);
            Set<String> missing = databasesIn(mvStore);
            missing.removeAll(backend.openedDatabases());
            if (!missing.isEmpty()) {
                // Nothing has been committed yet: closing without a commit leaves the file as it was.
                mvStore.closeImmediately();
                throw new DamagedStoreException(absolute, "the database(s) " + missing + " cannot be opened (see"
                        + " the errors above)", null);
            }
            state.markOpen(mvStore.getCurrentVersion());
            backend.startHousekeeping();
            MongoServer server = new MongoServer(backend);
            Store store;
            try {
                server.bind(new InetSocketAddress(host, port), 1, WORKER_THREADS);
                store = new Store(server, server.getLocalAddress(), absolute, mvStore, state, groupCommit);
            } catch (Exception e) {
                // Netty rethrows the checked BindException undeclared. The MVStore holds a file lock: release it,
                // or a retry in the same JVM cannot open the file.
                new Store(server, null, absolute, mvStore, state, groupCommit).close();
                throw new IllegalStateException("cannot listen on " + host + ":" + port + " (" + e + ")", e);
            }
            log.info("embedded MongoDB-wire store listening on {}:{} (data: {}, writes are synced before they are"
                    + " acknowledged)", store.address.getHostString(), store.address.getPort(), absolute);
            return store;
        }

        /**
         * No auto-commit and no auto-commit buffer: only {@link GroupCommit} stores, so the file never holds half a
         * command.
         */
        private static MVStore openForWriting(Path file) {
            try {
                MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled()
                        .autoCommitBufferSize(0).open();
                // MVStore keeps dead chunks 45 s by default in case the OS has not yet written the newer ones; every
                // commit here is synced before the next one, so their space can be reused at once.
                store.setRetentionTime(0);
                return store;
            } catch (MVStoreException e) {
                throw new IllegalStateException("cannot open " + file + ": " + e.getMessage(), e);
            }
        }

        /** The databases mongo-java-server keeps in the file: maps named {@code databases.<db>.<collection>}. */
        private static Set<String> databasesIn(MVStore mvStore) {
            String prefix = "databases.";
            Set<String> names = new TreeSet<>();
            for (String map : mvStore.getMapNames()) {
                if (map.startsWith(prefix)) {
                    names.add(map.substring(prefix.length()).split("\\.", 2)[0]);
                }
            }
            return names;
        }

        public InetSocketAddress address() {
            return address;
        }

        public Path file() {
            return file;
        }

        public String connectionString() {
            return "mongodb://" + address.getHostString() + ":" + address.getPort();
        }

        void awaitClosed() throws InterruptedException {
            closedLatch.await();
        }

        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            try {
                // shutdown() lets the handlers in flight finish, then closes the backend, which commits and closes
                // the MVStore; only then is the file final and its checksum worth recording.
                server.shutdown();
                state.markClosed(mvStore.getCurrentVersion(), file);
                state.close();
                log.info("embedded MongoDB-wire store stopped (data: {}; {})", file, groupCommit.statistics());
            } finally {
                closedLatch.countDown();
            }
        }
    }
}
