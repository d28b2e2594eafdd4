package vn.dvk.evaluation.deadline.application;

import java.util.List;

/** Everything due in one year anywhere in the instance's scope, each with where it stands. */
public interface DueItems {

    List<DeadlineService.Item> inScope(int year);
}
