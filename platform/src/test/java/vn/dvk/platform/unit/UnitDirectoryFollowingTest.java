package vn.dvk.platform.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.unit.UnitDirectoryPublished;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.unit.application.UnitDirectoryFollowing;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.platform.unit.domain.UnitDirectoryCopy;
import vn.dvk.platform.unit.domain.UnitDirectoryException;

class UnitDirectoryFollowingTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    private static final UnitDirectoryPublished.Unit SON_LA =
            new UnitDirectoryPublished.Unit("14", UnitLevel.PROVINCE, "Sơn La", "Tỉnh Sơn La", null);
    private static final UnitDirectoryPublished.Unit YEN_CHAU =
            new UnitDirectoryPublished.Unit("124", UnitLevel.DISTRICT, "Yên Châu", "Huyện Yên Châu", "14");
    private static final UnitDirectoryPublished.Unit NEW_COMMUNE =
            new UnitDirectoryPublished.Unit("04105", UnitLevel.COMMUNE, "Tú Nang", "Xã Tú Nang", "124");

    private final InMemoryCopy copy = new InMemoryCopy();
    private final CurrentUnitDirectory current = CurrentUnitDirectory.fixed(DemoUnits.DIRECTORY);
    private final InstanceScope district = new InstanceScope(current, "124", Optional::empty);
    private final UnitDirectoryFollowing following = new UnitDirectoryFollowing(current, copy, "124");

    private static UnitDirectoryPublished chunk(long version, int chunk, int count, UnitDirectoryPublished.Unit... units) {
        return new UnitDirectoryPublished(version, chunk, count, 3, List.of(units), "sonla.admin", NOW);
    }

    @Test
    void a_version_is_applied_only_once_every_chunk_arrived_whatever_their_order() {
        assertThat(following.apply(chunk(1, 2, 2, NEW_COMMUNE))).isEmpty();
        assertThat(district.covers("04105")).isFalse();

        assertThat(following.apply(chunk(1, 1, 2, SON_LA, YEN_CHAU))).contains(1L);

        assertThat(district.covers("04105")).isTrue();
        assertThat(district.pathOf("04105")).isEqualTo("14/124/04105");
        assertThat(current.get().find("04096")).isEmpty();
        assertThat(copy.stored).extracting(UnitDirectoryCopy.StoredVersion::version).containsExactly(1L);
        assertThat(copy.stored.get(0).units()).extracting(unit -> unit.code()).containsExactly("14", "124", "04105");
    }

    @Test
    void an_older_or_repeated_version_changes_nothing() {
        following.apply(chunk(2, 1, 1, SON_LA, YEN_CHAU, NEW_COMMUNE));

        assertThat(following.apply(chunk(2, 1, 1, SON_LA, YEN_CHAU, NEW_COMMUNE))).isEmpty();
        assertThat(following.apply(new UnitDirectoryPublished(1, 1, 1, 2, List.of(SON_LA, YEN_CHAU), "sonla.admin",
                NOW))).isEmpty();

        assertThat(current.version()).isEqualTo(2);
        assertThat(copy.stored).hasSize(1);
    }

    @Test
    void a_version_without_the_instances_scope_unit_is_refused_and_the_directory_in_use_stays() {
        UnitDirectoryPublished.Unit maiSon = new UnitDirectoryPublished.Unit("125", UnitLevel.DISTRICT, "Mai Sơn",
                "Huyện Mai Sơn", "14");

        assertThatThrownBy(() -> following.apply(new UnitDirectoryPublished(1, 1, 1, 2, List.of(SON_LA, maiSon),
                "sonla.admin", NOW))).isInstanceOf(UnitDirectoryException.class).hasMessageContaining("124");

        assertThat(current.get()).isSameAs(DemoUnits.DIRECTORY);
        assertThat(copy.stored).isEmpty();
    }

    @Test
    void chunks_that_carry_fewer_units_than_announced_are_refused() {
        assertThatThrownBy(() -> following.apply(new UnitDirectoryPublished(1, 1, 1, 5, List.of(SON_LA, YEN_CHAU),
                "sonla.admin", NOW))).isInstanceOf(UnitDirectoryException.class).hasMessageContaining("5 units");
        assertThat(current.version()).isZero();
    }

    private static final class InMemoryCopy implements UnitDirectoryCopy {

        private final List<StoredVersion> stored = new ArrayList<>();

        @Override
        public Optional<StoredVersion> load() {
            return stored.isEmpty() ? Optional.empty() : Optional.of(stored.get(stored.size() - 1));
        }

        @Override
        public void keep(StoredVersion version) {
            stored.add(version);
        }
    }
}
