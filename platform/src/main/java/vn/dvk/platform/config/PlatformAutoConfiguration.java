package vn.dvk.platform.config;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiFunction;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.springframework.core.MethodParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.platform.access.CurrentCaller;
import vn.dvk.platform.catalog.CatalogController;
import vn.dvk.platform.idempotency.IdempotencyKeys;
import vn.dvk.platform.inbox.EventDispatcher;
import vn.dvk.platform.inbox.ProcessedEvents;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.KafkaRecordPublisher;
import vn.dvk.platform.outbox.OutboxRelay;
import vn.dvk.platform.outbox.OutboxSignals;
import vn.dvk.platform.outbox.RecordPublisher;
import vn.dvk.platform.outbox.RelayLease;
import vn.dvk.platform.readmodel.ReadModel;
import vn.dvk.platform.readmodel.ReadModels;
import vn.dvk.platform.retention.Retention;
import vn.dvk.platform.retention.RetentionPurge;
import vn.dvk.platform.scope.DatedUnits;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.platform.web.BoundedNumbers;
import vn.dvk.platform.web.EventStreams;
import vn.dvk.platform.web.IdempotencyFilter;
import vn.dvk.platform.web.PayloadSizeLimitFilter;
import vn.dvk.platform.web.ProblemHandler;
import vn.dvk.platform.web.ProblemResponses;
import vn.dvk.platform.web.RequestedUnitResolver;
import vn.dvk.platform.unit.adapter.MongoUnitDirectoryCopy;
import vn.dvk.platform.unit.adapter.UnitDirectoryFeed;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.unit.application.UnitDirectoryFollowing;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.platform.unit.domain.UnitCsv;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.platform.unit.domain.UnitHistory;
import vn.dvk.platform.unit.domain.UnitMappingCsv;

/** Wires the platform's mechanisms into every service that has it on the classpath. */
@AutoConfiguration(beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@EnableScheduling
@EnableConfigurationProperties(DvkProperties.class)
@Import({ProblemHandler.class, CatalogController.class})
public class PlatformAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PlatformAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /**
     * The directory the instance starts with: the last published version it applied (kept in its store), else
     * {@code DVK_UNITS_FILE}, else the bundled demo set. An import from the portal thus outlives a restart and wins
     * over the file that {@code ./dvk import-units} installs.
     */
    @Bean
    @ConditionalOnMissingBean
    CurrentUnitDirectory currentUnitDirectory(DvkProperties properties, MongoDatabaseFactory databases) {
        CurrentUnitDirectory.Loaded loaded = new MongoUnitDirectoryCopy(databases).load()
                .map(stored -> new CurrentUnitDirectory.Loaded(stored.version(), UnitDirectory.of(stored.units()),
                        "imported version " + stored.version() + " (" + databases.getMongoDatabase().getName() + ")"))
                .orElseGet(() -> startingDirectory(properties.unitsFile()));
        log.info("unit directory loaded from {}: {} units", loaded.source(), loaded.directory().size());
        return new CurrentUnitDirectory(loaded);
    }

    private static CurrentUnitDirectory.Loaded startingDirectory(String file) {
        if (file == null || file.isBlank()) {
            return new CurrentUnitDirectory.Loaded(CurrentUnitDirectory.NOT_IMPORTED, DemoUnits.DIRECTORY,
                    DemoUnits.RESOURCE);
        }
        return new CurrentUnitDirectory.Loaded(CurrentUnitDirectory.NOT_IMPORTED,
                UnitDirectory.of(readFile("DVK_UNITS_FILE", file, UnitCsv::read)), file);
    }

    /** Every instance follows the published directory from the topic's start, with a consumer of its own. */
    @Bean
    UnitDirectoryFeed unitDirectoryFeed(CurrentUnitDirectory units, MongoDatabaseFactory databases, InstanceScope scope,
                                        DvkProperties properties, JsonMapper jsonMapper,
                                        @Value("${spring.application.name}") String serviceName) {
        return new UnitDirectoryFeed(properties.kafka().clientProperties(), serviceName + "-unit-directory",
                new UnitDirectoryFollowing(units, new MongoUnitDirectoryCopy(databases), scope.code()), jsonMapper);
    }

    /**
     * The unit history (ADR 0021): the instance's directory as the tree records are registered under, and, from
     * {@code dvk.unit-history.effective} (1 July 2025), the tree of {@code DVK_UNITS_SUCCESSOR_FILE} with the mapping of
     * {@code DVK_UNIT_MAPPING_FILE}. Without {@code DVK_UNITS_FILE} the bundled demo history; with it but without
     * those two files, a directory no reorganisation succeeded.
     */
    @Bean
    @ConditionalOnMissingBean
    UnitHistory unitHistory(CurrentUnitDirectory units, DvkProperties properties,
                            @Value("${dvk.unit-history.successor-file:}") String successorFile,
                            @Value("${dvk.unit-history.mapping-file:}") String mappingFile,
                            @Value("${dvk.unit-history.effective:2025-07-01}") LocalDate effective) {
        UnitDirectory directory = units.get();
        UnitHistory history;
        if (!successorFile.isBlank() && !mappingFile.isBlank()) {
            history = UnitHistory.reorganised(directory, UnitDirectory.of(readFile("DVK_UNITS_SUCCESSOR_FILE",
                    successorFile, UnitCsv::read)), effective, readFile("DVK_UNIT_MAPPING_FILE", mappingFile,
                    UnitMappingCsv::read));
        } else if (!successorFile.isBlank() || !mappingFile.isBlank()) {
            throw new IllegalStateException("DVK_UNITS_SUCCESSOR_FILE and DVK_UNIT_MAPPING_FILE go together");
        } else if (properties.unitsFile() == null || properties.unitsFile().isBlank()) {
            history = DemoUnits.HISTORY;
        } else {
            history = UnitHistory.unchanged(directory);
        }
        log.info("unit history: {}", history.successor().map(tree -> tree.directory().size()
                + " units in force from " + tree.validFrom()).orElse("no reorganisation"));
        return history;
    }

    private static <T> T readFile(String setting, String file, BiFunction<Reader, String, T> parser) {
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            return parser.apply(reader, file);
        } catch (IOException e) {
            throw new UncheckedIOException(setting + " " + file + " cannot be read", e);
        }
    }

    @Bean
    DatedUnits datedUnits(InstanceScope scope, UnitHistory history) {
        return new DatedUnits(scope, history);
    }

    @Bean
    CurrentCaller currentCaller() {
        return new CurrentCaller();
    }

    @Bean
    @ConditionalOnMissingBean
    InstanceScope instanceScope(CurrentUnitDirectory units, UnitHistory history, DvkProperties properties,
                                CurrentCaller currentCaller) {
        String setting = properties.scope() == null || properties.scope().isBlank()
                ? units.get().rootCode() : properties.scope().trim();
        InstanceScope scope = InstanceScope.configured(units, history, setting, currentCaller);
        log.info("instance scope {} (path '{}', serving {})", scope.key(), scope.path(), scope.servedPaths());
        return scope;
    }

    @Bean
    OutboxSignals outboxSignals() {
        return new OutboxSignals();
    }

    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, JsonMapper jsonMapper, Clock clock, OutboxSignals signals) {
        return new AggregateStore(mongo, jsonMapper, clock, signals);
    }

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo, Clock clock, InstanceScope scope) {
        return new ProcessedEvents(mongo, clock, scope.path().isEmpty() ? "" : scope.key());
    }

    @Bean
    EventDispatcher eventDispatcher(InstanceScope scope, ProcessedEvents processed, JsonMapper jsonMapper,
                                    MeterRegistry meters, DvkProperties properties) {
        return new EventDispatcher(scope, processed, jsonMapper, meters, properties.consumer().maxAttempts());
    }

    @Bean
    IdempotencyKeys idempotencyKeys(MongoTemplate mongo, Clock clock, DvkProperties properties) {
        return new IdempotencyKeys(mongo, clock, properties.idempotency().lease());
    }

    @Bean
    Retention idempotencyKeysRetention() {
        return IdempotencyKeys.RETENTION;
    }

    @Bean
    RetentionPurge retentionPurge(MongoTemplate mongo, Clock clock, List<Retention> retentions,
                                  DvkProperties properties, MeterRegistry meters) {
        return new RetentionPurge(mongo, clock, retentions, properties.retention().keep(), meters);
    }

    @Bean
    SchedulingConfigurer retentionSchedule(RetentionPurge purge, DvkProperties properties) {
        Duration every = properties.retention().interval();
        return registrar -> registrar.addFixedDelayTask(purge::purge, every);
    }

    @Bean
    ReadModels readModels(List<ReadModel> readModels, MongoTemplate mongo) {
        return new ReadModels(readModels, mongo);
    }

    /** Relays from start-up until shutdown, when it gives its lease up for another replica (ADR 0020). */
    @Bean(destroyMethod = "close")
    OutboxRelay outboxRelay(MongoTemplate mongo, OutboxSignals signals, MeterRegistry meters, InstanceScope scope,
                            DvkProperties properties, Clock clock,
                            @Value("${spring.application.name}") String serviceName,
                            @Value("${spring.cloud.stream.kafka.binder.min-partition-count}") int partitions,
                            @Value("${spring.cloud.stream.kafka.binder.replication-factor}") short replication) {
        DvkProperties.Outbox outbox = properties.outbox();
        CircuitBreaker breaker = CircuitBreaker.of("outbox", CircuitBreakerConfig.custom()
                .slidingWindowSize(5).minimumNumberOfCalls(3).failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(2)).build());
        RecordPublisher publisher = new KafkaRecordPublisher(properties.kafka().clientProperties(),
                serviceName + "-outbox-relay", outbox.linger(), outbox.batchBytes(), partitions, replication);
        return new OutboxRelay(mongo, signals, publisher, new RelayLease(mongo, clock, outbox.lease()), breaker,
                meters, "/dvk/" + serviceName + "/" + scope.code(), outbox.batchSize());
    }

    /** Starts relaying once the context is up, not while its beans are still being created. */
    @Bean
    ApplicationListener<ContextRefreshedEvent> outboxRelayStart(OutboxRelay relay, DvkProperties properties) {
        return refreshed -> relay.start(properties.outbox().pollInterval(), properties.outbox().backlogInterval());
    }

    /** Pings the store: the embedded store lacks the "hello" command Boot's own indicator sends. */
    @Bean
    HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return () -> {
            org.bson.Document answer = mongo.executeCommand("{ ping: 1 }");
            return Health.up().withDetail("database", mongo.getDb().getName())
                    .withDetail("ping", answer.get("ok")).build();
        };
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(DvkProperties properties) {
        return new KafkaHealthIndicator(properties.kafka().clientProperties());
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper jsonMapper) {
        return new ProblemResponses(jsonMapper);
    }

    @Bean
    FilterRegistrationBean<PayloadSizeLimitFilter> payloadSizeLimitFilter(DvkProperties properties,
                                                                          ProblemResponses problems) {
        FilterRegistrationBean<PayloadSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new PayloadSizeLimitFilter(properties.web().maxJsonBytes(), properties.web().maxMultipartBytes(),
                        problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Runs after the size limit, so that it only ever buffers a body of bounded size. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys, ProblemResponses problems) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(keys, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Spring Boot registers every Jackson module bean with the JSON mapper that reads request bodies. */
    @Bean
    BoundedNumbers boundedNumbers() {
        return new BoundedNumbers();
    }

    @Bean
    EventStreams eventStreams(DvkProperties properties, Clock clock) {
        return new EventStreams(properties.streams().maxPerCaller(), properties.streams().idleTimeout(), clock);
    }

    /** Looks for idle streams four times per idle timeout, so that none stays open much longer than it. */
    @Bean
    SchedulingConfigurer idleStreamSweep(EventStreams streams, DvkProperties properties) {
        Duration every = Duration.ofMillis(Math.max(100, properties.streams().idleTimeout().toMillis() / 4));
        return registrar -> registrar.addFixedDelayTask(streams::closeIdle, every);
    }

    /** Ends open streams before the web server's graceful shutdown would wait for them. */
    @Bean
    ApplicationListener<ContextClosedEvent> eventStreamsClosing(EventStreams streams) {
        return closed -> streams.closeAll();
    }

    @Bean
    WebMvcConfigurer requestedUnitBinding(InstanceScope scope, DatedUnits datedUnits) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new RequestedUnitResolver(scope, datedUnits));
            }
        };
    }

    /** Every POST takes an optional {@code Idempotency-Key} (see {@link IdempotencyFilter}); the OpenAPI says so. */
    @Bean
    OperationCustomizer idempotencyKeyInApiDocs() {
        return (operation, handler) -> {
            if (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PostMapping.class)) {
                operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                        .description("Khóa chống gửi trùng: gửi lại cùng khóa và cùng nội dung nhận lại đúng kết quả"
                                + " lần đầu / the same key and body answer the first response again")
                        .schema(new StringSchema().maxLength(200)));
            }
            return operation;
        };
    }

    /** The OpenAPI shows a {@code @RequestedUnit} parameter as the unit code it is sent as. */
    @Bean
    InitializingBean requestedUnitInApiDocs() {
        return () -> SpringDocUtils.getConfig().replaceWithClass(UnitSelection.class, String.class);
    }

    /** A {@code @RequestedUnit(asOf = ...)} parameter also reads a date from the query; the OpenAPI lists it. */
    @Bean
    OperationCustomizer asOfInApiDocs() {
        return (operation, handler) -> {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                RequestedUnit requested = parameter.getParameterAnnotation(RequestedUnit.class);
                if (requested != null && !requested.asOf().isEmpty()) {
                    operation.addParametersItem(new QueryParameter().name(requested.asOf()).required(false)
                            .description("Ngày (YYYY-MM-DD) có cây đơn vị hành chính dùng để hiểu mã đơn vị; mặc định"
                                    + " ngày cuối của năm / the date whose unit tree reads the unit code")
                            .schema(new StringSchema().format("date")));
                }
            }
            return operation;
        };
    }
}
