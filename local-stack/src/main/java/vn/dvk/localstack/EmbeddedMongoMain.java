package vn.dvk.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's MongoDB-wire store: mongo-java-server on its H2 (MVStore) file backend, so data survives
 * restarts without a real {@code mongod}.
 *
 * <p>Usage: {@code EmbeddedMongoMain [file] [host] [port]}, defaults {@code .dvk/mongo/dvk.mv 127.0.0.1 27017}.
 * Runs in the foreground until SIGTERM/SIGINT; the shutdown hook closes the MVStore so the last writes reach the file.
 */
public final class EmbeddedMongoMain {

    static final String DEFAULT_FILE = ".dvk/mongo/dvk.mv";
    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 27017;

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
        } catch (RuntimeException e) {
            log.error("embedded MongoDB-wire store could not start with {}: {}", file.toAbsolutePath(),
                    e.getMessage(), e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(store::close, "store-shutdown"));
        store.awaitClosed();
    }

    /** A running store; closing it stops listening and flushes the H2 file. */
    public static final class Store implements AutoCloseable {

        private final MongoServer server;
        private final InetSocketAddress address;
        private final Path file;
        private final AtomicBoolean closed = new AtomicBoolean();
        private final CountDownLatch closedLatch = new CountDownLatch(1);

        private Store(MongoServer server, InetSocketAddress address, Path file) {
            this.server = server;
            this.address = address;
            this.file = file;
        }

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
            H2Backend backend = new H2Backend(absolute.toString());
            MongoServer server = new MongoServer(backend);
            try {
                server.bind(host, port);
            } catch (Exception e) {
                // Netty rethrows the checked BindException undeclared. The MVStore holds a file lock: release it,
                // or a retry in the same JVM cannot open the file.
                server.shutdownNow();
                throw new IllegalStateException("cannot listen on " + host + ":" + port + " (" + e + ")", e);
            }
            InetSocketAddress bound = server.getLocalAddress();
            log.info("embedded MongoDB-wire store listening on {}:{} (data: {})", bound.getHostString(),
                    bound.getPort(), absolute);
            return new Store(server, bound, absolute);
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
                // shutdown() closes open cursors and the backend, which commits and closes the MVStore.
                server.shutdown();
                log.info("embedded MongoDB-wire store stopped (data: {})", file);
            } finally {
                closedLatch.countDown();
            }
        }
    }
}
