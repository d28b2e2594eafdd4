package vn.dvk.registration.support;

import vn.dvk.platform.unit.domain.DemoUnits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import vn.dvk.platform.person.InMemoryKnownPeople;
import vn.dvk.platform.person.application.PersonDirectory;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.registration.award.InMemoryCommendations;
import vn.dvk.registration.award.application.CommendationHandler;
import vn.dvk.registration.campaign.InMemoryCampaigns;
import vn.dvk.registration.campaign.application.CampaignService;
import vn.dvk.registration.model.InMemoryModels;
import vn.dvk.registration.model.InMemoryPendingImports;
import vn.dvk.registration.model.InMemoryRefusedDecisions;
import vn.dvk.registration.model.application.DecisionHandlers;
import vn.dvk.registration.model.application.ModelImport;
import vn.dvk.registration.model.application.ModelService;

/**
 * The application services wired to in-memory ports, as the Yên Châu district instance (scope {@code 124}) with a
 * clock standing still: what application tests run against instead of Spring.
 */
public final class InMemoryRegistry {

    public final InMemoryModels models = new InMemoryModels();
    public final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    public final InMemoryPendingImports pendingImports;
    public final InMemoryRefusedDecisions refusals = new InMemoryRefusedDecisions();
    public final InMemoryCommendations commendations = new InMemoryCommendations();
    public final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    public final InstanceScope scope = new InstanceScope(DemoUnits.DIRECTORY, "124");
    /** The person registry as registration knows it from award-service's events. */
    public final PersonDirectory people = new PersonDirectory(new InMemoryKnownPeople());
    public final Clock clock;

    public InMemoryRegistry(Instant now) {
        clock = Clock.fixed(now, ZoneOffset.UTC);
        pendingImports = new InMemoryPendingImports(clock);
    }

    public ModelService modelService() {
        return new ModelService(models, campaigns, scope, clock, people);
    }

    public CampaignService campaignService() {
        return new CampaignService(campaigns, scope, clock);
    }

    public DecisionHandlers decisionHandlers() {
        return new DecisionHandlers(modelService(), refusals, meters, clock);
    }

    public CommendationHandler commendationHandler() {
        return new CommendationHandler(modelService(), commendations, clock);
    }

    public ModelImport modelImport() {
        return new ModelImport(modelService(), models, pendingImports);
    }
}
