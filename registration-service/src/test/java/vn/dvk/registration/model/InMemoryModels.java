package vn.dvk.registration.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.registration.model.domain.Lineage;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.model.domain.ModelPage;
import vn.dvk.registration.model.domain.ModelQuery;
import vn.dvk.registration.model.domain.Models;

/**
 * The registry in memory, refusing what the store refuses (a taken id, a stale version). It keeps every state it was
 * given, in order: each is what one event announces.
 */
public final class InMemoryModels implements Models {

    private final Map<String, Model> models = new LinkedHashMap<>();
    private final List<Model> changes = new ArrayList<>();
    private int storedUntilOutage = Integer.MAX_VALUE;

    /** The store stops answering once it has stored {@code count} more models in bulk, and answers again after. */
    public InMemoryModels failingAfter(int count) {
        storedUntilOutage = count;
        return this;
    }

    /** Puts models in place as if they had been registered before the test. */
    public InMemoryModels with(Model... existing) {
        for (Model model : existing) {
            models.put(model.id(), model);
        }
        return this;
    }

    /** The states stored for a model, oldest first: one per event it announced. */
    public List<Model> changesOf(String id) {
        return changes.stream().filter(change -> change.id().equals(id)).toList();
    }

    public int size() {
        return models.size();
    }

    @Override
    public Optional<Model> find(String id) {
        return Optional.ofNullable(models.get(id));
    }

    @Override
    public Optional<Lineage.Link> lineageOf(String id) {
        return find(id).map(model -> new Lineage.Link(id, model.status(), model.details().replicatedFrom()));
    }

    @Override
    public void add(Model registered) {
        if (models.containsKey(registered.id())) {
            throw new AlreadyExists(registered.id());
        }
        models.put(registered.id(), registered);
        changes.add(registered);
    }

    @Override
    public void addAll(List<Model> registered) {
        for (Model model : registered) {
            if (storedUntilOutage == 0) {
                storedUntilOutage = Integer.MAX_VALUE;
                throw new IllegalStateException("the store stopped answering");
            }
            if (models.putIfAbsent(model.id(), model) == null) {
                changes.add(model);
                storedUntilOutage--;
            }
        }
    }

    @Override
    public void update(List<Model> states) {
        Model first = states.get(0);
        Model stored = models.get(first.id());
        if (stored == null) {
            throw Rejection.notFound("bản ghi", first.id());
        }
        if (stored.version() != first.version() - 1) {
            throw new StaleVersion(first.id(), first.version() - 1);
        }
        models.put(first.id(), states.get(states.size() - 1));
        changes.addAll(states);
    }

    @Override
    public ModelPage list(ModelQuery query) {
        List<Model> selected = models.values().stream()
                .filter(model -> UnitDirectory.pathIsWithin(model.unitPath(), query.unitPath()))
                .filter(model -> query.year() == null || model.details().year() == query.year())
                .filter(model -> query.field() == null || model.details().field() == query.field())
                .filter(model -> query.level() == null || model.details().level() == query.level())
                .filter(model -> query.ownerType() == null || model.details().ownerType() == query.ownerType())
                .filter(model -> query.kind() == null || model.details().kind() == query.kind())
                .filter(model -> query.status().isEmpty() || query.status().contains(model.status()))
                .filter(model -> query.campaignId() == null
                        || query.campaignId().equals(model.details().campaignId()))
                .filter(model -> query.replicatedFrom().isEmpty()
                        || query.replicatedFrom().contains(model.details().replicatedFrom()))
                .filter(model -> query.words().stream().allMatch(word -> model.searchText().contains(word)))
                .sorted(Comparator.comparing(Model::createdAt).reversed().thenComparing(Model::id))
                .toList();
        List<Model> page = selected.stream().skip((long) query.page() * query.size()).limit(query.size()).toList();
        return new ModelPage(page, query.page(), query.size(), selected.size());
    }
}
