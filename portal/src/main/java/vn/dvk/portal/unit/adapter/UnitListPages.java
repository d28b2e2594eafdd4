package vn.dvk.portal.unit.adapter;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.dvk.portal.official.domain.Official;
import vn.dvk.portal.unit.domain.Unit;
import vn.dvk.portal.unit.domain.UnitNeighbourhood;
import vn.dvk.portal.unit.domain.Units;

/**
 * What every list of a unit's subtree and every form choosing a unit set up the same way: the unit shown with its
 * picker (breadcrumb and children), the years offered, and the units an official's form may name.
 */
@Component
public class UnitListPages {

    /** The first year the lists offer: the campaign's data starts in 2015. */
    private static final int FIRST_YEAR = 2015;

    private final Units units;
    private final Clock clock;

    UnitListPages(Units units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    /**
     * Puts the filter (for the list at {@code listPath}) and the unit shown with its neighbourhood into the page;
     * answers the neighbourhood, whose unit is the one to list.
     */
    public UnitNeighbourhood show(Official official, UnitListFilter filter, String listPath, Model page) {
        UnitNeighbourhood around = units.around(filter.unitOr(official.unitCode()));
        page.addAttribute("filter", filter.at(listPath));
        page.addAttribute("around", around);
        return around;
    }

    /** The years a list or a form offers, newest first: from {@code lastYearAhead} years from now back to 2015. */
    public List<Integer> years(int lastYearAhead) {
        List<Integer> years = new ArrayList<>();
        for (int year = Year.now(clock).getValue() + lastYearAhead; year >= FIRST_YEAR; year--) {
            years.add(year);
        }
        return years;
    }

    /** The official's unit and the units directly below it: the units his forms may name. */
    public List<Unit> homeAndChildren(Official official) {
        UnitNeighbourhood home = units.around(official.unitCode());
        List<Unit> choices = new ArrayList<>();
        choices.add(home.unit());
        choices.addAll(home.children());
        return choices;
    }
}
