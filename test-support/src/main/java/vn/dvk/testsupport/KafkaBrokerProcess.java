package vn.dvk.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import vn.dvk.localstack.kafka.KafkaBroker;
import vn.dvk.localstack.process.JavaProcess;
import vn.dvk.localstack.process.Ports;

/**
 * A real single-node KRaft broker in its own JVM — the same broker definition {@code ./dvk} runs, from Kafka's classes
 * on the test class path — on fixed ports, for tests that take the broker away and bring it back (same address, same
 * data directory).
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    /** Generous: a broker restarted after SIGKILL recovers its logs first, and on a loaded machine that took > 60 s. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final KafkaBroker broker;
    private final Path log;
    private JavaProcess process;

    public KafkaBrokerProcess(Path directory) {
        this.broker = new KafkaBroker(directory, "127.0.0.1", Ports.free(), Ports.free());
        this.log = directory.resolve("kafka.log");
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Formats the storage on first start, then runs the broker and waits until it accepts connections. */
    public synchronized void start() {
        String classPath = System.getProperty("java.class.path");
        broker.writeConfiguration();
        if (!broker.isFormatted()) {
            broker.format(KafkaBroker.newClusterId(), classPath, log);
        }
        process = broker.process("test-kafka", classPath).log(log).start();
        process.awaitListening(broker.host(), broker.port(), READY_TIMEOUT);
    }

    /** Stops the broker (SIGTERM, then SIGKILL) and waits until it is gone. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.stop(Duration.ofSeconds(20));
        process = null;
    }

    /** SIGKILL, as a power cut would: the broker gets no chance to flush or hand anything over; waits until gone. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.kill();
        process = null;
    }

    @Override
    public void close() {
        stop();
    }
}
