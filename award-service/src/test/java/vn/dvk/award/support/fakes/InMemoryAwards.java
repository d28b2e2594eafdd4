package vn.dvk.award.support.fakes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import org.springframework.util.unit.DataSize;
import vn.dvk.award.AwardProperties;
import vn.dvk.award.catalogue.adapter.CatalogueFileReader;
import vn.dvk.award.catalogue.domain.AwardCatalogue;
import vn.dvk.award.eligibility.application.EligibilityChecker;
import vn.dvk.award.proposal.application.ProposalService;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * award-service's application services on in-memory ports, as the Yên Châu district instance (scope {@code 124})
 * with a clock standing still, on the bundled catalogue or an edited copy of it: what application tests run against
 * instead of Spring.
 */
public final class InMemoryAwards {

    public static final long MAX_DOCUMENT_BYTES = 64 * 1024;
    private static final UnitDirectory UNITS = DemoUnits.DIRECTORY;

    public final InMemoryProposals proposals = new InMemoryProposals();
    public final InMemoryDossierFiles files = new InMemoryDossierFiles();
    public final InMemoryEvidence evidence = new InMemoryEvidence();
    public final InMemoryPeople people = new InMemoryPeople();
    public final InstanceScope scope = new InstanceScope(UNITS, "124");
    public final AwardCatalogue catalogue;
    public final Clock clock;

    /** On the bundled catalogue. */
    public InMemoryAwards(Instant now) {
        this(now, UnaryOperator.identity());
    }

    /** On the bundled catalogue's text as {@code edit} changes it, the way an operator's file would. */
    public InMemoryAwards(Instant now, UnaryOperator<String> edit) {
        clock = Clock.fixed(now, ZoneOffset.UTC);
        catalogue = catalogue(edit);
    }

    public ProposalService proposalService() {
        return new ProposalService(proposals, files, catalogue, evidence, people,
                new EligibilityChecker(evidence, people), scope, clock, new AwardProperties(null,
                        new AwardProperties.Award(null, DataSize.ofBytes(MAX_DOCUMENT_BYTES))));
    }

    public static String pathOf(String unitCode) {
        return UNITS.pathOf(unitCode).orElseThrow();
    }

    private static AwardCatalogue catalogue(UnaryOperator<String> edit) {
        try (InputStream in = InMemoryAwards.class.getClassLoader().getResourceAsStream("award-catalogue.yml")) {
            String text = edit.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return CatalogueFileReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    "award-catalogue.yml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
