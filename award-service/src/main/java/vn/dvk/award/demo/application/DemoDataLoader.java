package vn.dvk.award.demo.application;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.dvk.award.evidence.domain.Evidence;
import vn.dvk.award.person.application.PersonService;
import vn.dvk.award.person.domain.PersonDetails;
import vn.dvk.award.proposal.application.ProposalCommands;
import vn.dvk.award.proposal.application.ProposalService;
import vn.dvk.contracts.catalog.AwardOccasion;
import vn.dvk.contracts.catalog.RecipientType;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.scope.InstanceScope;

/**
 * The demo data of award-service, through the same use cases the API uses: persons of Lóng Phiêng (seed 004 §2.3
 * names the Tai nung pear grower) and, once registration-service's demo campaign (plan 294/KH-UBND) has arrived, a
 * draft proposal of Lóng Phiêng for the district's Giấy khen at the final review. Fixed ids make loading idempotent.
 */
@Service
public class DemoDataLoader {

    static final String CAMPAIGN_KEY = "demo-campaign-124-294-KH-UBND";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Caller DEMO = new Caller("demo", "UBND xã Lóng Phiêng", "04096", Set.of());

    private final PersonService people;
    private final ProposalService proposals;
    private final Evidence evidence;
    private final InstanceScope scope;

    public DemoDataLoader(PersonService people, ProposalService proposals, Evidence evidence, InstanceScope scope) {
        this.people = people;
        this.proposals = proposals;
        this.evidence = evidence;
        this.scope = scope;
    }

    /** Loads what is missing; true once everything is there (false while the demo campaign has not arrived). */
    public boolean load() {
        if (!scope.covers("04096")) {
            return true;
        }
        String bong = demoId("demo-person-04096-nguyen-huong-bong");
        once(() -> people.registerAs(bong, new PersonDetails("Nguyễn Hương Bông", LocalDate.of(1975, 5, 2), "04096",
                "Chủ hộ trồng lê Tai nung, bản Cồn Huôt 1", "Gia đình ông Nguyễn Hương Bông"), DEMO.signature()));
        once(() -> people.registerAs(demoId("demo-person-04096-lo-van-thang"), new PersonDetails("Lò Văn Thắng",
                LocalDate.of(1980, 3, 9), "04096", "Chi hội trưởng Chi hội Nông dân bản Hua Đán",
                "Gia đình ông Lò Văn Thắng"), DEMO.signature()));
        String campaign = demoId(CAMPAIGN_KEY);
        if (evidence.campaign(campaign).isEmpty()) {
            return false;
        }
        once(() -> proposals.createAs(demoId("demo-proposal-04096-final-2025"), new ProposalCommands.Create(campaign,
                AwardOccasion.FINAL, 2025, "GIAY_KHEN_CHU_TICH_UBND_HUYEN", "04096", List.of(
                        new ProposalCommands.NomineeInput(RecipientType.COLLECTIVE, "04096", null, null, List.of()),
                        new ProposalCommands.NomineeInput(RecipientType.INDIVIDUAL, null, null, bong, List.of()))),
                DEMO));
        log.info("award demo data loaded");
        return true;
    }

    private static void once(Runnable create) {
        try {
            create.run();
        } catch (AlreadyExists loadedBefore) {
            log.debug("award demo record loaded before");
        }
    }

    /** The same derivation registration-service uses, so the demo campaign's id is known here. */
    private static String demoId(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
