package vn.dvk.evaluation.support;

import java.time.Instant;
import java.time.LocalDate;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.award.AwardEvents;
import vn.dvk.contracts.award.PersonRegistered;
import vn.dvk.contracts.award.PersonSnapshot;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.Topics;
import vn.dvk.testsupport.TopicProbe;

/** Plays award-service's person registry: publishes a registered person on {@code dvk.award} as it would. */
public final class PersonFeed {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SOURCE = "/dvk/award-service/14";

    private PersonFeed() {
    }

    public static void registered(PersonSnapshot person) {
        TopicProbe.send(Topics.AWARD, CloudEvent.of(AwardEvents.PERSON_REGISTERED, SOURCE, person.id(),
                person.unitPath(), person.version()), JSON.writeValueAsString(new PersonRegistered(person,
                "UBND xã", Instant.now())));
    }

    /** A person of a commune of Yên Châu (path {@code 14/124/<commune>}). */
    public static PersonSnapshot person(String id, String fullName, LocalDate dateOfBirth, String communeCode,
                                        String household) {
        return new PersonSnapshot(id, fullName, dateOfBirth, communeCode, "14/124/" + communeCode, "Nông dân",
                household, 1);
    }
}
