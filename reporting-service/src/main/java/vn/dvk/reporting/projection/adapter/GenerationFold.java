package vn.dvk.reporting.projection.adapter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dvk.contracts.events.Topics;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.inbox.ConsumedRecord;
import vn.dvk.platform.inbox.EventDispatcher;
import vn.dvk.platform.inbox.PoisonRecord;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.reporting.award.adapter.MongoAwardRecords;
import vn.dvk.reporting.award.application.AwardProjection;
import vn.dvk.reporting.generation.domain.Generation;
import vn.dvk.reporting.generation.domain.ReadModelGeneration;
import vn.dvk.reporting.projection.application.BatchStages;
import vn.dvk.reporting.projection.application.CampaignDeadlinesProjection;
import vn.dvk.reporting.projection.application.CampaignProjection;
import vn.dvk.reporting.projection.application.EvaluationProjection;
import vn.dvk.reporting.projection.application.ModelProjection;

/**
 * The projections of every topic bound to the collections of one generation, for a rebuild's fold (ADR 0023): the
 * same adapters, projections and domain fold ({@code ModelBatch}) as live consumption, without the dispatcher's claims
 * and without telling the live pages (the generation is not active yet). Registration records apply as one batch per
 * call, the other topics record by record (their volume is small).
 */
public final class GenerationFold {

    private static final Logger log = LoggerFactory.getLogger(GenerationFold.class);
    private static final String CONSUMER = ProjectionConsumers.CONSUMER + "-rebuild";
    private static final ApplicationEventPublisher UNTOLD = event -> {
    };

    private final RegistrationBatches registrations;
    private final Map<String, TopicHandlers.RecordHandler> others;

    public GenerationFold(MongoTemplate mongo, Generation generation, EventDispatcher dispatcher,
                          InstanceScope scope) {
        ReadModelGeneration into = ReadModelGeneration.fixed(generation);
        MongoModelViews views = new MongoModelViews(mongo, into);
        registrations = new RegistrationBatches(dispatcher.decoder(CONSUMER, RegistrationEvents.ALL),
                new ModelProjection(views, new MongoModelCounters(mongo, into), scope, UNTOLD, BatchStages.NONE),
                new CampaignProjection(new MongoCampaignTargets(mongo, into), UNTOLD));
        others = Map.of(Topics.EVALUATION, ProjectionConsumers.evaluationHandlers(
                        new EvaluationProjection(new MongoInspections(mongo, into), views, UNTOLD),
                        new CampaignDeadlinesProjection(new MongoCampaignDeadlines(mongo, into)))
                        .direct(dispatcher, CONSUMER),
                Topics.AWARD, ProjectionConsumers.awardHandlers(new AwardProjection(
                        new MongoAwardRecords(mongo, into), scope)).direct(dispatcher, CONSUMER));
    }

    /**
     * Applies records read from {@code localTopic} (or its mirrored copy) in the order read; answers how many were
     * poison and skipped, as live consumption would have parked them on the dead-letter topic.
     */
    public int apply(String localTopic, List<ConsumerRecord<byte[], byte[]>> records) {
        List<ConsumedRecord> consumed = new ArrayList<>(records.size());
        records.forEach(record -> consumed.add(consumedOf(record)));
        if (Topics.REGISTRATION.equals(localTopic)) {
            List<PoisonRecord> poison = registrations.apply(consumed);
            poison.forEach(poisoned -> skipped(poisoned.record(), poisoned.reason()));
            return poison.size();
        }
        TopicHandlers.RecordHandler handler = others.get(localTopic);
        if (handler == null) {
            throw new IllegalArgumentException("no projection consumes " + localTopic);
        }
        int poison = 0;
        for (ConsumedRecord record : consumed) {
            if (!handler.apply(record)) {
                skipped(record, null);
                poison++;
            }
        }
        return poison;
    }

    private static void skipped(ConsumedRecord record, RuntimeException reason) {
        log.warn("rebuild skipped the poison record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                reason == null ? "unreadable" : reason.toString());
    }

    private static ConsumedRecord consumedOf(ConsumerRecord<byte[], byte[]> record) {
        Map<String, Object> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return new ConsumedRecord(record.topic(), record.partition(), record.offset(), record.key(), headers,
                record.value());
    }
}
