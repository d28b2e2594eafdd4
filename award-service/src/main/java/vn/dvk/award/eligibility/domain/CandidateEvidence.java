package vn.dvk.award.eligibility.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.TaskRating;
import vn.dvk.contracts.catalog.Title;

/** The recorded facts about one candidate that the rules are checked against. */
public interface CandidateEvidence {

    /** The candidate's rating per year; {@code unavailable} says why none can be attributed (e.g. two namesakes). */
    Ratings ratings();

    /** The years the candidate held a title, and the years anyone in the register held it (the register was kept). */
    Titles titles(Title title);

    /** The models the candidate's achievement can rest on. */
    Models models();

    record Ratings(Map<Integer, TaskRating> byYear, String unavailable) {
        public Ratings {
            byYear = Map.copyOf(byYear);
        }
    }

    record Titles(String holder, Set<Integer> held, Set<Integer> registerKept, String unavailable) {
        public Titles {
            held = Set.copyOf(held);
            registerKept = Set.copyOf(registerKept);
        }
    }

    record Models(List<ModelFact> models, String unavailable) {
        public Models {
            models = List.copyOf(models);
        }
    }

    /**
     * A model as evidence: {@code recognized} when its status or a year-end evaluation recognised it; {@code link}
     * says how it is the candidate's (null when the proposal cites it); {@code replicas} name the models registered
     * as its replicas and {@code replicaOf} the model it replicates, if any.
     */
    record ModelFact(String id, String name, int year, ModelStatus status, boolean recognized, boolean known,
                     String link, List<String> replicas, String replicaOf) {

        public ModelFact {
            replicas = replicas == null ? List.of() : List.copyOf(replicas);
        }

        public boolean replicated() {
            return !replicas.isEmpty() || replicaOf != null;
        }
    }
}
