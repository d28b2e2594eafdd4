package vn.dvk.systemtest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dvk.localstack.store.StoreProcess;
import vn.dvk.testsupport.KafkaBrokerProcess;

/**
 * Not a test: registrations per second through registration-service's REST API (the service's jar in its own JVM,
 * as {@code ./dvk} runs it, on a real Kafka broker in its own JVM) against the embedded store as it was, acknowledging
 * writes from memory ({@link DeferredCommitStoreMain}), and as it is, acknowledging them once synced
 * ({@code EmbeddedMongoMain}), alternately in the same run so that both see the same machine.
 * <p>
 * Each round starts a fresh store file and service, warms up, then counts the registrations answered 201 by
 * {@code clients} concurrent clients (each request with its own {@code Idempotency-Key}) during the measured seconds.
 * <p>
 * Run: {@code ./mvnw -o -q -pl system-tests test-compile exec:exec} (after packaging registration-service and
 * local-stack); {@code -Dbenchmark.args="16 30 2"} sets clients, measured seconds and rounds per store.
 */
public final class StoreBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Pattern COMMITS = Pattern.compile("(\\d+) writes in (\\d+) commits");

    private StoreBenchmark() {
    }

    record Variant(String name, String mainClass) {
    }

    record Result(Variant variant, int round, double perSecond, String commits) {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path dir = Files.createTempDirectory(Path.of("target"), "store-benchmark-");
        List<Variant> variants = List.of(
                new Variant("acknowledged from memory (before)", DeferredCommitStoreMain.class.getName()),
                new Variant("acknowledged once synced (now)", StoreProcess.EMBEDDED_STORE));
        System.out.printf("store benchmark: %d clients, %d s measured after %d s warm-up, %d round(s) per store%n",
                clients, seconds, WARM_UP.toSeconds(), rounds);
        System.out.println(machine(dir));

        List<Result> results = new ArrayList<>();
        try (KafkaBrokerProcess kafka = new KafkaBrokerProcess(dir.resolve("kafka"))) {
            kafka.start();
            for (int round = 1; round <= rounds; round++) {
                for (Variant variant : variants) {
                    Result result = measure(variant, round, kafka.bootstrapServers(),
                            dir.resolve("round-" + round + "-" + variant.mainClass().replaceAll(".*\\.", "")),
                            clients, Duration.ofSeconds(seconds));
                    results.add(result);
                    System.out.printf(Locale.ROOT, "  round %d, %-36s %7.1f registrations/s  %s%n", round,
                            variant.name() + ":", result.perSecond(), result.commits());
                }
            }
        }
        System.out.println("mean over rounds:");
        for (Variant variant : variants) {
            double mean = results.stream().filter(r -> r.variant().equals(variant))
                    .mapToDouble(Result::perSecond).average().orElse(0);
            System.out.printf(Locale.ROOT, "  %-38s %7.1f registrations/s, %.0f ms per registration (%d clients)%n",
                    variant.name() + ":", mean, clients * 1000 / mean, clients);
        }
        System.out.println("after: " + machine(dir));
    }

    private static Result measure(Variant variant, int round, String brokers, Path dir, int clients,
            Duration measured) throws InterruptedException {
        StoreProcess store = new StoreProcess(dir.resolve("dvk.mv"), variant.mainClass()).start();
        double perSecond;
        try (ServiceProcess registration = ServiceProcess.start("registration-service", brokers,
                store.connectionString(), Map.of("DVK_SCOPE", "14"))) {
            registration.awaitReady(Duration.ofMinutes(3));
            RegistrationLoad load = RegistrationLoad.start(() -> registration.url(""), 2025, clients);
            try {
                Thread.sleep(WARM_UP.toMillis());
                int before = load.created();
                long started = System.nanoTime();
                Thread.sleep(measured.toMillis());
                perSecond = (load.created() - before) / ((System.nanoTime() - started) / 1e9);
            } finally {
                load.stop();
            }
            if (load.unexpectedAnswer() != null) {
                throw new IllegalStateException(load.unexpectedAnswer());
            }
        } finally {
            store.stop();
        }
        return new Result(variant, round, perSecond, commitsOf(store.log()));
    }

    /** The durable store's closing line says how many writes each commit carried. */
    private static String commitsOf(String log) {
        Matcher matcher = COMMITS.matcher(log);
        if (!matcher.find()) {
            return "";
        }
        long writes = Long.parseLong(matcher.group(1));
        long commits = Long.parseLong(matcher.group(2));
        return String.format(Locale.ROOT, "(%d writes in %d synced commits, %.1f per commit)", writes, commits,
                (double) writes / commits);
    }

    private static String machine(Path dir) throws IOException {
        return String.format(Locale.ROOT, "machine: %d cores, %s %s, Java %s, store files on %s, load average %.1f",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), Files.getFileStore(dir).type(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
