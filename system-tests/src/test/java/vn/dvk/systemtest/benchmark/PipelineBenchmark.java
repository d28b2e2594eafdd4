package vn.dvk.systemtest.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.awaitility.core.ConditionTimeoutException;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.events.Topics;
import vn.dvk.testsupport.Quiescence;

/**
 * Not a test: the event pipeline's benchmarks of issue 14 (and issue 11's notification line), run against the stack
 * as {@code ./dvk start --demo} runs it — Kafka with SASL, the embedded store and the services, each in its own
 * process — started by the launcher on free ports (or, with {@code --attach}, a stack already started with
 * {@code DVK_SCOPE=14 ./dvk start --demo} on the fixed ports). Each prints the store, the machine, the date, n and its
 * figures.
 * <ul>
 *   <li>{@code events}: n model-registered events written to registration's topic as registration-service's Kafka
 *   principal; reporting's events per second, from the first write until its statistics count them all; then, in
 *   the same run, the store's unordered bulk inserts of n documents shaped like its model views, and the ratio; and
 *   the CPU time the store and reporting-service used for the events against the store's for the raw inserts.</li>
 *   <li>{@code registrations}: n registrations through registration-service's REST API by {@code --clients} clients
 *   (16), as fast as answered or at {@code --rate} per second; HTTP p50/p99 and the delay from each answer until
 *   reporting's statistics count it, p50/p99.</li>
 *   <li>{@code rebuild}: n events written and applied, then {@code POST /api/v1/admin/rebuild}: seconds, events per
 *   second and the peak heap and resident memory of reporting-service's process.</li>
 *   <li>{@code notifications}: reporting's events per second for n events with notification-service consuming the
 *   same topic, then for n more once it is stopped; the ratio.</li>
 *   <li>{@code all}, or several separated by commas: in one stack, notifications first (it stops
 *   notification-service).</li>
 * </ul>
 * Every phase starts after a warm-up of {@code --warm-up} events or registrations (n / 10, at most 5,000) and waits at
 * most {@code --limit} seconds (7,200) for the read models; a phase cut short by the limit prints what it reached,
 * marked incomplete. Run from the checkout after {@code ./mvnw -B -pl system-tests -am -DskipTests install}:
 * {@code ./mvnw -q -pl system-tests exec:exec@pipeline-benchmark -Dpipeline.args="events --n 100000"}.
 */
public final class PipelineBenchmark {

    /** In the order they run: notifications first, because it stops notification-service. */
    private static final List<String> BENCHMARKS = List.of("notifications", "events", "registrations", "rebuild");
    private static final String ADMIN = "sonla.admin";
    /** The launcher starts the services without a scope setting of their own: their databases have no suffix. */
    private static final String NOTIFICATION_DATABASE = "dvk_notification-service";
    private static final String NOTIFICATION_GROUP = "notification-root";
    private static final String EMBEDDED_STORE = "the embedded MongoDB-wire store (mongo-java-server on an H2 file,"
            + " vn.dvk.localstack.EmbeddedMongoMain)";

    private final BenchmarkStack stack;
    private final Options options;
    private final PrintStream out;
    private final DemoToken admin;
    private final ReportingProbe reporting;
    private int nextYear = 2090;

    private PipelineBenchmark(BenchmarkStack stack, Options options, PrintStream out) {
        this.stack = stack;
        this.options = options;
        this.out = out;
        this.admin = new DemoToken(stack, ADMIN);
        this.reporting = new ReportingProbe(stack, admin);
    }

    /** The command line: {@code <events|registrations|rebuild|notifications|all|a,b> [--n N] [--warm-up W] ...}. */
    record Options(List<String> benchmarks, int n, int warmUp, int clients, double rate, Duration limit,
                   boolean attach, Path home) {

        static Options parse(String... args) {
            if (args.length == 0) {
                throw new IllegalArgumentException("usage: PipelineBenchmark <events|registrations|rebuild|"
                        + "notifications|all|a,b,...> [--n N] [--warm-up W] [--clients C] [--rate R] [--limit SECONDS]"
                        + " [--attach] [--home DIR]");
            }
            List<String> named = args[0].equals("all") ? BENCHMARKS : List.of(args[0].split(","));
            if (!BENCHMARKS.containsAll(named)) {
                throw new IllegalArgumentException("unknown benchmark in " + args[0]);
            }
            List<String> benchmarks = BENCHMARKS.stream().filter(named::contains).toList();
            Integer n = null;
            Integer warmUp = null;
            int clients = 16;
            double rate = 0;
            Duration limit = Duration.ofHours(2);
            boolean attach = false;
            Path home = null;
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--n" -> n = Integer.parseInt(args[++i]);
                    case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
                    case "--clients" -> clients = Integer.parseInt(args[++i]);
                    case "--rate" -> rate = Double.parseDouble(args[++i]);
                    case "--limit" -> limit = Duration.ofSeconds(Long.parseLong(args[++i]));
                    case "--attach" -> attach = true;
                    case "--home" -> home = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            int count = n != null ? n : benchmarks.equals(List.of("rebuild")) ? 1_000_000 : 100_000;
            int warm = warmUp != null ? warmUp : Math.min(count / 10, 5_000);
            return new Options(benchmarks, count, warm, clients, rate, limit, attach,
                    home == null ? null : home.toAbsolutePath());
        }

        /** The services the benchmarks need besides Kafka, the store and identity-service. */
        List<String> services() {
            Set<String> services = new LinkedHashSet<>(List.of("reporting-service"));
            if (benchmarks.contains("registrations")) {
                services.add("registration-service");
            }
            if (benchmarks.contains("notifications")) {
                services.add("notification-service");
            }
            return List.copyOf(services);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path repository = repository();
        Path home = options.home() != null ? options.home()
                : repository.resolve(Path.of("system-tests", "target", "benchmark-stack"));
        try (BenchmarkStack stack = options.attach() ? BenchmarkStack.attach(repository)
                : BenchmarkStack.start(repository, home, options.services())) {
            run(stack, options, System.out);
        }
        System.exit(0);
    }

    /** Runs the benchmarks the options name on the stack, printing to {@code out} (the smoke test reads it). */
    static void run(BenchmarkStack stack, Options options, PrintStream out) throws Exception {
        new PipelineBenchmark(stack, options, out).run();
    }

    private void run() throws Exception {
        try (StoreUnderTest store = new StoreUnderTest(stack.mongoUri()); ModelEvents events = new ModelEvents(stack)) {
            print("pipeline benchmark %s, %s", String.join(" + ", options.benchmarks()), Instant.now());
            print("stack: as ./dvk start --demo runs it, each component in its own process (%s)",
                    stack.owned() ? "started by the launcher on free ports" : "attached on the fixed ports");
            print("store: %s", store.describe(EMBEDDED_STORE));
            print("machine: %s; reporting-service runs with %s", machine(),
                    heapOption(stack.process("reporting-service")));
            print("n = %,d, warm-up %,d, limit per wait %d s", options.n(), options.warmUp(),
                    options.limit().toSeconds());
            for (String benchmark : options.benchmarks()) {
                switch (benchmark) {
                    case "notifications" -> notifications(events, store);
                    case "events" -> events(events, store);
                    case "registrations" -> registrations();
                    case "rebuild" -> rebuild(events);
                    default -> throw new IllegalStateException(benchmark);
                }
            }
            print("finished %s, load average %.1f", Instant.now(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            admin.close();
        }
    }

    /** Reporting's events per second, then the store's raw bulk-insert rate of as many documents. */
    private void events(ModelEvents events, StoreUnderTest store) {
        print("== events into reporting's read models");
        applied(events, options.warmUp(), "warm-up");
        ProcessHandle storeProcess = stack.process("mongo");
        ProcessHandle reportingProcess = stack.process("reporting-service");
        double before = cpuSeconds(storeProcess) + cpuSeconds(reportingProcess);
        Applied measured = applied(events, options.n(), "measured");
        double pipelineCpu = cpuSeconds(storeProcess) + cpuSeconds(reportingProcess) - before;
        double storeBefore = cpuSeconds(storeProcess);
        double raw = store.bulkInsertsPerSecond(options.n(), nextYear++);
        double rawCpu = cpuSeconds(storeProcess) - storeBefore;
        print("store, unordered bulk inserts of %,d model-view documents: %,.0f documents/s", options.n(), raw);
        print("CPU time, which the load of other processes changes less than the rates: the store and"
                        + " reporting-service used %.1f s for the events (%.3f ms per event), the store %.1f s for the raw"
                        + " inserts (%.3f ms per document): ratio %.3f", pipelineCpu, pipelineCpu * 1e3 / options.n(),
                rawCpu, rawCpu * 1e3 / options.n(), rawCpu / pipelineCpu);
        print("RESULT events: %,.0f events/s into the read models%s = %.3f of the store's raw bulk-write rate"
                + " (%,.0f/s)", measured.perSecond(), measured.incomplete(), measured.perSecond() / raw, raw);
    }

    /** The CPU time the process has used so far, user and system, in seconds. */
    private static double cpuSeconds(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException(
                "the CPU time of process " + process.pid() + " cannot be read")).toNanos() / 1e9;
    }

    private void printNotified(StoreUnderTest store, String when) {
        print("  notification-service had %s stored %,d feed items and %,d mails, %,d of them sent", when,
                store.count(NOTIFICATION_DATABASE, "feed_items", new Document()),
                store.count(NOTIFICATION_DATABASE, "deliveries", new Document("channel", "EMAIL")),
                store.count(NOTIFICATION_DATABASE, "deliveries", new Document("status", "SENT")));
    }

    /** The CPU time each running component of the stack has used so far. */
    private Map<String, Double> cpuSecondsByComponent() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String component : stack.components()) {
            stack.running(component).ifPresent(process -> seconds.put(component, cpuSeconds(process)));
        }
        return seconds;
    }

    /** Where the machine's CPU went since {@code before}: the CPU seconds of each component that used any. */
    private void printCpu(Map<String, Double> before) {
        Map<String, Double> after = cpuSecondsByComponent();
        StringBuilder line = new StringBuilder("  CPU seconds in the phase:");
        before.forEach((component, start) -> {
            double used = after.getOrDefault(component, start) - start;
            if (used >= 0.05) {
                line.append(String.format(Locale.ROOT, " %s %.1f,", component, used));
            }
        });
        print("%s", line.substring(0, line.length() - 1));
    }

    /** notification-service's principal: it may describe its own group and the topics it reads. */
    private Properties notificationClient() {
        Properties properties = new Properties();
        properties.putAll(stack.kafkaLogin("notification-service"));
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        return properties;
    }

    private long notificationLag() {
        return Quiescence.lag(notificationClient(), NOTIFICATION_GROUP, List.of(Topics.REGISTRATION));
    }

    /** How long notification-service took to tell every event of the topic after the phase. */
    private String caughtUp() {
        long start = System.nanoTime();
        try {
            Quiescence.await(notificationClient(), NOTIFICATION_GROUP, List.of(Topics.REGISTRATION),
                    options.limit());
            return String.format(Locale.ROOT, "caught up %.1f s later", (System.nanoTime() - start) / 1e9);
        } catch (ConditionTimeoutException e) {
            return String.format(Locale.ROOT, "not caught up within %d s (%,d events behind)",
                    options.limit().toSeconds(), notificationLag());
        }
    }

    /** Reporting's events per second with notification-service running, then with it stopped. */
    private void notifications(ModelEvents events, StoreUnderTest store) throws InterruptedException {
        print("== reporting with and without notification-service");
        if (!stack.has("notification-service")) {
            throw new IllegalStateException("the stack has no notification-service");
        }
        if (!stack.owned()) {
            throw new IllegalStateException("the notification benchmark stops notification-service: run it on a"
                    + " stack of its own (without --attach)");
        }
        CommuneCommittees.announce(stack, admin);
        applied(events, options.warmUp(), "warm-up");
        Map<String, Double> before = cpuSecondsByComponent();
        Applied with = applied(events, options.n(), "with notification-service running");
        printCpu(before);
        printNotified(store, "by then");
        print("  notification-service, %,d events behind, %s", notificationLag(), caughtUp());
        printNotified(store, "then");
        stack.stop("notification-service");
        print("notification-service stopped");
        before = cpuSecondsByComponent();
        Applied without = applied(events, options.n(), "with notification-service stopped");
        printCpu(before);
        print("RESULT notifications: %,.0f events/s with notification-service%s, %,.0f without%s: ratio %.3f",
                with.perSecond(), with.incomplete(), without.perSecond(), without.incomplete(),
                with.perSecond() / without.perSecond());
    }

    /** Registrations per second through REST, HTTP p50/p99, and the delay until the statistics count them. */
    private void registrations() throws Exception {
        String pace = options.rate() > 0 ? String.format(Locale.ROOT, "at a steady %.0f/s", options.rate())
                : "as fast as answered";
        print("== registrations through REST: %d clients, %s", options.clients(), pace);
        try (DemoToken clerk = new DemoToken(stack, RestRegistrations.CLERK)) {
            RestRegistrations registrations = new RestRegistrations(stack, clerk);
            registrations.register(options.warmUp(), nextYear++, options.clients(), options.rate());
            int year = nextYear++;
            RestRegistrations.Answers answers;
            long[] delays;
            long counted;
            try (VisibilityWatch watch = new VisibilityWatch(reporting, year)) {
                answers = registrations.register(options.n(), year, options.clients(), options.rate());
                counted = watch.awaitCounted(answers.count(), options.limit());
                delays = watch.delaysMillis(answers.answeredNanos());
            }
            long[] latency = answers.latencyMillis();
            print("RESULT registrations (%d clients, %s): %,d answered 201 at %,.0f registrations/s; HTTP p50 %d ms,"
                            + " p99 %d ms, max %d ms; registration to visible statistics p50 %s, p99 %s, max %s"
                            + " (%,d of %,d counted)", options.clients(), pace, answers.count(), answers.perSecond(),
                    percentile(latency, 50), percentile(latency, 99), latency[latency.length - 1],
                    millis(delays, 50), millis(delays, 99), millis(delays, 100), counted, answers.count());
        }
    }

    /** n events written and applied, then a rebuild of every read model: seconds and peak memory. */
    private void rebuild(ModelEvents events) throws Exception {
        print("== rebuild of reporting's read models");
        int year = nextYear++;
        long before = reporting.counted(year);
        long start = System.nanoTime();
        events.publish(options.n(), year);
        print("%,d events written in %.1f s", options.n(), (System.nanoTime() - start) / 1e9);
        ReportingProbe.Reached live = reporting.awaitCounted(year, before + options.n(), options.limit());
        print("live consumption: %,d of %,d counted after %.1f s%s", live.count() - before, options.n(),
                (live.atNanos() - start) / 1e9, live.count() - before < options.n() ? " (incomplete: the limit"
                        + " passed; the rebuild starts anyway)" : "");

        ProcessHandle process = stack.process("reporting-service");
        JsonNode progress;
        long rebuildStart = System.nanoTime();
        MemoryWatch memory = new MemoryWatch(process, reporting);
        try {
            progress = reporting.startRebuild();
            long deadline = rebuildStart + options.limit().toNanos();
            long nextPrint = rebuildStart;
            while (!progress.path("state").asString().matches("DONE|FAILED") && System.nanoTime() - deadline < 0) {
                Thread.sleep(1_000);
                progress = reporting.rebuildProgress();
                if (System.nanoTime() - nextPrint > 0) {
                    print("  rebuild %s: %,d of %,d events, %.1f events/s", progress.path("state").asString(),
                            progress.path("done").asLong(), progress.path("total").asLong(),
                            progress.path("eventsPerSecond").asDouble());
                    nextPrint = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                }
            }
        } finally {
            memory.close();
        }
        double seconds = (System.nanoTime() - rebuildStart) / 1e9;
        long counted = reporting.counted(year) - before;
        print("RESULT rebuild: %s, %,d of %,d events (%,d failed) in %.1f s = %,.0f events/s; reporting-service"
                        + " peak heap used %,d MiB, peak resident %,d MiB (%s); the year's statistics count %,d of %,d"
                        + " after it", progress.path("state").asString(), progress.path("done").asLong(),
                progress.path("total").asLong(), progress.path("failed").asLong(), seconds,
                progress.path("done").asLong() / seconds, memory.peakHeapBytes() >> 20,
                memory.peakResidentBytes() >> 20, heapOption(process), counted, options.n());
    }

    record Applied(long count, int n, double seconds) {

        double perSecond() {
            return count / seconds;
        }

        String incomplete() {
            return count < n ? String.format(Locale.ROOT, " (incomplete: %,d of %,d applied within the limit)",
                    count, n) : "";
        }
    }

    /**
     * Writes {@code n} events of a year of their own and waits until reporting's statistics count them; events per
     * second from the first write until then.
     */
    private Applied applied(ModelEvents events, int n, String phase) {
        int year = nextYear++;
        long before = reporting.counted(year);
        long start = System.nanoTime();
        events.publish(n, year);
        double written = (System.nanoTime() - start) / 1e9;
        ReportingProbe.Reached reached = reporting.awaitCounted(year, before + n, options.limit());
        Applied applied = new Applied(reached.count() - before, n, (reached.atNanos() - start) / 1e9);
        print("  %s: %,d events written in %.1f s, %,d applied in %.1f s = %,.0f events/s%s", phase, n, written,
                applied.count(), applied.seconds(), applied.perSecond(), applied.incomplete());
        return applied;
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
    }

    private static String millis(long[] sorted, int percent) {
        return sorted.length == 0 ? "-" : percentile(sorted, percent) + " ms";
    }

    /** The heap limit the launcher gave the process, from its command line. */
    private static String heapOption(ProcessHandle process) {
        return process.info().arguments().stream().flatMap(Arrays::stream).filter(arg -> arg.startsWith("-Xmx"))
                .findFirst().orElse("heap limit unknown");
    }

    private static String machine() {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "%d cores, %,d MiB memory, %s %s, Java %s, load average %.1f",
                Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize() >> 20, System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), os.getSystemLoadAverage());
    }

    /** The checkout: the working directory or its parent (when run from system-tests). */
    static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        List<Path> candidates = new ArrayList<>(List.of(here));
        if (here.getParent() != null) {
            candidates.add(here.getParent());
        }
        return candidates.stream().filter(path -> Files.isRegularFile(path.resolve("dvk"))
                        && Files.isDirectory(path.resolve("local-stack"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("run from the checkout or its system-tests folder"));
    }

    private void print(String format, Object... values) {
        out.println(String.format(Locale.ROOT, format, values));
        out.flush();
    }
}
