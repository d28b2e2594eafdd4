package vn.dvk.reporting.projection;

import org.junit.jupiter.api.Nested;
import vn.dvk.reporting.fakes.InMemoryModelCounters;
import vn.dvk.reporting.fakes.InMemoryModelViews;
import vn.dvk.reporting.projection.domain.ModelCounters;
import vn.dvk.reporting.projection.domain.ModelViews;

/** The in-memory fakes keep the contracts of the ports they stand in for. */
class InMemoryReadModelsTest {

    @Nested
    class Views extends ModelViewsContract {

        private final InMemoryModelViews views = new InMemoryModelViews();

        @Override
        protected ModelViews views() {
            return views;
        }
    }

    @Nested
    class Counters extends ModelCountersContract {

        private final InMemoryModelCounters counters = new InMemoryModelCounters();

        @Override
        protected ModelCounters counters() {
            return counters;
        }
    }
}
