package vn.dvk.notification.fakes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.notification.official.domain.Officials;

/** The officials in memory, keeping the newest version of each as the store does. */
public final class InMemoryOfficials implements Officials {

    private final Map<String, Official> officials = new LinkedHashMap<>();

    public InMemoryOfficials with(Official... known) {
        for (Official official : known) {
            keep(official);
        }
        return this;
    }

    @Override
    public Optional<Official> find(String login) {
        return Optional.ofNullable(officials.get(login));
    }

    @Override
    public boolean keep(Official official) {
        Official kept = officials.get(official.login());
        if (kept != null && kept.version() >= official.version()) {
            return false;
        }
        officials.put(official.login(), official);
        return true;
    }

    @Override
    public List<Official> atUnit(String unitCode) {
        return officials.values().stream().filter(official -> official.enabled()
                && official.unitCode().equals(unitCode)).toList();
    }
}
