package vn.dvk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.dvk.localstack.store.StoreProcess;
import vn.dvk.testsupport.KafkaBrokerProcess;
import vn.dvk.testsupport.ServiceClient;

/**
 * The event pipeline's fault tests (issue 14): the broker, the embedded store and reporting-service each in their own
 * process, as {@code ./dvk} runs them, killed with SIGKILL (the store also kept away for 30 s) while concurrent clients
 * register models through REST, retrying what is refused with the same {@code Idempotency-Key} as a careful client
 * does. After each fault reporting's figures of the units and the year it hit equal the registrations answered 201,
 * figure for figure; a rebuild from the topics then reads the same figures. Last, reporting is killed in the middle of
 * a rebuild's fold and resumes it after its restart. One stack for the class: each scenario registers in a year of
 * its own, so that its figures are its alone.
 */
@Tag("extended")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineFaultSystemTest {

    private static final String SCOPE = "14";
    private static final String DISTRICT = "124";
    private static final List<String> COMMUNES = List.of("04063", "04066", "04069", "04072");
    /** The communes, their district and the province: every unit whose figures the registrations change. */
    private static final List<String> UNITS = Stream.concat(COMMUNES.stream(), Stream.of(DISTRICT, SCOPE)).toList();
    private static final int CLIENTS = 16;
    private static final int BURST = 300;
    private static final Duration STORE_AWAY = Duration.ofSeconds(30);
    /** Generous: a service restarted while other JVMs compete for two cores has taken minutes. */
    private static final Duration STARTUP = Duration.ofMinutes(10);
    private static final Duration PROGRESS = Duration.ofMinutes(5);
    /** A request cut off by a kill holds its key this long before a retry reruns it (ADR 0008). */
    private static final String IDEMPOTENCY_LEASE = "10s";
    /** Registrations of the rebuild scenario: with the other scenarios' the topics hold some thousands of events. */
    private static final int REBUILT_REGISTRATIONS = 1_500;
    /**
     * Folds of 50 records, saved after each: a rebuild of the topics takes tens of batches, so that the test kills
     * reporting with one saved and the fold going on.
     */
    private static final Map<String, String> REPORTING_SETTINGS = Map.of("DVK_REPORTING_REBUILDBATCH", "50");

    @TempDir
    static Path dir;

    private KafkaBrokerProcess kafka;
    private StoreProcess store;
    private ServiceProcess registration;
    private volatile ServiceProcess reporting;
    private final List<ServiceProcess> started = new ArrayList<>();

    @BeforeAll
    void startTheStack() {
        kafka = new KafkaBrokerProcess(dir.resolve("kafka"));
        kafka.start();
        store = new StoreProcess(dir.resolve("store/dvk.mv")).start();
        registration = startService("registration-service", "registration-service",
                Map.of("DVK_IDEMPOTENCY_LEASE", IDEMPOTENCY_LEASE));
        reporting = startService("reporting-service", "reporting-service", REPORTING_SETTINGS);
        registration.awaitReady(STARTUP);
        reporting.awaitReady(STARTUP);
    }

    @AfterAll
    void stopTheStack() {
        ServiceProcess.stopStack(started, store, kafka);
    }

    @Test
    @Order(1)
    void reporting_killed_while_it_applies_a_burst_counts_every_registration_once_after_its_restart() {
        int year = 2021;
        RegistrationLoad burst = startBurst(year);
        await("reporting applying the burst").atMost(PROGRESS).pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    long counted = provinceTotal(year);
                    return counted > 0 && counted < burst.created();
                });
        reporting.kill();
        reporting = startService("reporting-service", "reporting-service", REPORTING_SETTINGS);
        finish(burst);
        reporting.awaitReady(STARTUP);

        assertFiguresEqualRegistrationsLiveAndAfterRebuild(year, List.of(burst));
    }

    @Test
    @Order(2)
    void the_store_away_for_30_seconds_under_load_loses_nothing_accepted_and_counts_it_once() {
        int year = 2022;
        RegistrationLoad load = startBurst(year);
        load.awaitCreated(BURST / 3, PROGRESS);
        store.kill();
        int createdBeforeTheOutage = load.created();
        pause(STORE_AWAY);
        int createdDuringTheOutage = load.created() - createdBeforeTheOutage;
        store.start();
        finish(load);

        // What a client saw while the store was away: registrations cut off or refused, retried with their key.
        System.out.printf("store away %s: %d registrations answered 201 meanwhile (in flight before the kill), %d"
                + " requests cut off, answers retried by status %s%n", STORE_AWAY, createdDuringTheOutage,
                load.unanswered(), load.refusalsByStatus());
        assertThat(load.serverErrors()).as("requests refused while the store was away").isPositive();
        assertThat(load.refusalsByStatus().keySet()).as("a store away is 503 (retry later with the key) or 409 (the"
                + " key's first request, cut off, still holds it), never a bare 500").isSubsetOf(409, 503);
        assertFiguresEqualRegistrationsLiveAndAfterRebuild(year, List.of(load));
    }

    @Test
    @Order(3)
    void two_reporting_instances_of_one_group_one_killed_and_restarted_during_bursts_count_every_registration_once() {
        int year = 2023;
        List<RegistrationLoad> bursts = new ArrayList<>();
        ServiceProcess rival = startService("reporting-service", "reporting-service-rival", Map.of())
                .awaitReady(STARTUP);
        for (int round = 0; round < 2; round++) {
            RegistrationLoad burst = startBurst(year);
            bursts.add(burst);
            burst.awaitCreated(BURST / 3, PROGRESS);
            rival.kill();
            finish(burst);
            // Restarted while the next burst runs: its joining the group moves partitions under load once more.
            rival = startService("reporting-service", "reporting-service-rival", Map.of());
            RegistrationLoad whileRejoining = startBurst(year);
            bursts.add(whileRejoining);
            finish(whileRejoining);
            rival.awaitReady(STARTUP);
        }

        try {
            ReadModelFigures.awaitRegistrationsCounted(rival.url(""), UNITS, year, registered(bursts), PROGRESS);
        } finally {
            rival.close();
        }
        assertFiguresEqualRegistrationsLiveAndAfterRebuild(year, bursts);
    }

    @Test
    @Order(4)
    void the_broker_killed_during_a_burst_and_restarted_every_registration_answered_201_is_counted_once() {
        int year = 2024;
        RegistrationLoad load = startBurst(year);
        load.awaitCreated(BURST / 3, PROGRESS);
        kafka.kill();
        // Registration answers from its outbox while the broker is away; the relay sends it all once it is back.
        load.awaitCreated(2 * BURST / 3, PROGRESS);
        kafka.start();
        finish(load);

        assertFiguresEqualRegistrationsLiveAndAfterRebuild(year, List.of(load));
    }

    @Test
    @Order(5)
    void reporting_killed_in_the_middle_of_a_rebuild_resumes_it_after_its_restart_and_ends_with_the_same_figures() {
        int year = 2025;
        RegistrationLoad load = startBurst(year);
        try {
            load.awaitCreated(REBUILT_REGISTRATIONS, PROGRESS);
        } finally {
            load.stop();
        }
        RegistrationLoad.assertSettledWithoutLossOrDuplicate(List.of(load));
        Map<String, Long> registered = registered(List.of(load));
        Map<String, Map<String, Long>> live = ReadModelFigures.awaitRegistrationsCounted(reporting.url(""), UNITS,
                year, registered, PROGRESS);

        Document killedAt;
        // The saved state is read from the store, which answers at once, not through reporting, busy folding.
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> rebuilds = client.getDatabase("dvk_reporting-service_" + SCOPE)
                    .getCollection("rpt_rebuild");
            ServiceClient.Reply started = new ServiceClient(reporting.url("")).post("/api/v1/admin/rebuild", "{}");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            await("a batch of the fold saved").atMost(PROGRESS).pollInterval(Duration.ofMillis(5))
                    .until(() -> savedRebuild(rebuilds), saved -> saved != null
                            && "RUNNING".equals(saved.getString("status")) && number(saved, "done") > 0);
            reporting.kill();
            killedAt = savedRebuild(rebuilds);
        }
        assertThat(killedAt.getString("status")).as(killedAt.toJson()).isEqualTo("RUNNING");

        reporting = startService("reporting-service", "reporting-service", REPORTING_SETTINGS);
        reporting.awaitReady(STARTUP);
        JsonNode resumed = await("the rebuild resumed and done").atMost(PROGRESS).pollInterval(Duration.ofMillis(500))
                .until(this::rebuildProgress, progress -> !progress.path("state").asString().equals("RUNNING"));

        assertThat(resumed.path("state").asString()).as(resumed.toString()).isEqualTo("DONE");
        assertThat(resumed.path("failed").asLong()).as(resumed.toString()).isZero();
        assertThat(resumed.path("generation").asLong()).as("the generation the killed rebuild was building")
                .isEqualTo(number(killedAt, "building"));
        assertThat(Instant.parse(resumed.path("startedAt").asString())).as("resumed, not started again")
                .isEqualTo(killedAt.getDate("startedAt").toInstant());
        assertThat(resumed.path("done").asLong()).as("folded after the restart, on from the saved positions")
                .isGreaterThan(number(killedAt, "done"));
        Map<String, Map<String, Long>> rebuilt = ReadModelFigures.of(reporting.url(""), UNITS, year);
        assertThat(ReadModelFigures.differences(live, rebuilt)).as("figures before the rebuild ≠ after it").isEmpty();
        assertThat(ReadModelFigures.differences(ReadModelFigures.expected(rebuilt, registered), rebuilt))
                .as("registrations made ≠ figures after the resumed rebuild").isEmpty();
    }

    private static Document savedRebuild(MongoCollection<Document> rebuilds) {
        return rebuilds.find(new Document("_id", "last")).first();
    }

    private static long number(Document saved, String field) {
        return ((Number) saved.get(field)).longValue();
    }

    private JsonNode rebuildProgress() {
        return new ServiceClient(reporting.url("")).get("/api/v1/admin/rebuild").json();
    }

    /**
     * The figures of the year's units equal the registrations answered 201, live; a rebuild from the topics then
     * reads the very same figures.
     */
    private void assertFiguresEqualRegistrationsLiveAndAfterRebuild(int year, List<RegistrationLoad> loads) {
        RegistrationLoad.assertSettledWithoutLossOrDuplicate(loads);
        Map<String, Long> registered = registered(loads);
        Map<String, Map<String, Long>> live = ReadModelFigures.awaitRegistrationsCounted(reporting.url(""), UNITS,
                year, registered, PROGRESS);

        ReadModelFigures.rebuild(reporting.url(""), PROGRESS);

        Map<String, Map<String, Long>> rebuilt = ReadModelFigures.of(reporting.url(""), UNITS, year);
        assertThat(ReadModelFigures.differences(live, rebuilt)).as("figures live before the rebuild ≠ after it")
                .isEmpty();
        assertThat(ReadModelFigures.differences(ReadModelFigures.expected(rebuilt, registered), rebuilt))
                .as("registrations made ≠ figures after the rebuild").isEmpty();
    }

    /** Registrations answered 201 per unit, each commune's added up into its district and the province. */
    private static Map<String, Long> registered(List<RegistrationLoad> loads) {
        Map<String, Long> perUnit = new LinkedHashMap<>();
        Consumer<Map<String, Long>> add = created -> created.forEach((commune, count) -> {
            perUnit.merge(commune, count, Long::sum);
            perUnit.merge(DISTRICT, count, Long::sum);
            perUnit.merge(SCOPE, count, Long::sum);
        });
        loads.forEach(load -> add.accept(load.createdPerUnit()));
        assertThat(perUnit.getOrDefault(SCOPE, 0L)).as("registrations answered 201").isPositive();
        return perUnit;
    }

    private RegistrationLoad startBurst(int year) {
        return RegistrationLoad.start(() -> registration.url(""), year, COMMUNES, CLIENTS);
    }

    /** Lets the burst reach its size, then lets every registration under way be answered. */
    private static void finish(RegistrationLoad burst) {
        try {
            burst.awaitCreated(BURST, PROGRESS);
        } finally {
            burst.stop();
        }
    }

    private long provinceTotal(int year) {
        return ReadModelFigures.of(reporting.url(""), List.of(SCOPE), year).get(SCOPE).get("total");
    }

    private ServiceProcess startService(String name, String logName, Map<String, String> environment) {
        Map<String, String> scoped = new LinkedHashMap<>(environment);
        scoped.put("DVK_SCOPE", SCOPE);
        // Its own log files: other classes' services run beside this class (junit-platform.properties).
        ServiceProcess service = ServiceProcess.start(name, "pipeline-fault-" + logName, kafka.bootstrapServers(),
                store.connectionString(), scoped);
        started.add(service);
        return service;
    }

    private static void pause(Duration outage) {
        try {
            Thread.sleep(outage.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the outage", e);
        }
    }
}
