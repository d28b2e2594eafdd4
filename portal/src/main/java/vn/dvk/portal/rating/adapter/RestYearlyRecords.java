package vn.dvk.portal.rating.adapter;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import vn.dvk.portal.rating.domain.TaskRatingEntry;
import vn.dvk.portal.rating.domain.TitleEntry;
import vn.dvk.portal.rating.domain.YearlyRecords;
import vn.dvk.portal.shared.adapter.QueryUri;
import vn.dvk.portal.shared.adapter.ServiceApi;
import vn.dvk.portal.shared.adapter.ServiceClients;
import vn.dvk.portal.shared.domain.FileContent;

/** {@link YearlyRecords} on evaluation-service's {@code /api/v1/task-ratings} and {@code /api/v1/titles}. */
@Component
class RestYearlyRecords implements YearlyRecords {

    /** What an import answers: how many rows it recorded (the records themselves are listed afterwards). */
    record Imported(int imported) {
    }

    private final ServiceApi evaluation;

    RestYearlyRecords(ServiceClients.ServiceApis apis) {
        this.evaluation = apis.evaluation();
    }

    @Override
    public List<TaskRatingEntry> ratings(String unitCode, Integer year) {
        return evaluation.get(QueryUri.of("/api/v1/task-ratings").param("unit", unitCode).param("year", year),
                new ParameterizedTypeReference<>() { });
    }

    @Override
    public List<TitleEntry> titles(String unitCode, Integer year) {
        return evaluation.get(QueryUri.of("/api/v1/titles").param("unit", unitCode).param("year", year),
                new ParameterizedTypeReference<>() { });
    }

    @Override
    public int importSheet(Kind kind, FileContent sheet) {
        String path = kind == Kind.RATINGS ? "/api/v1/task-ratings:import" : "/api/v1/titles:import";
        return evaluation.upload(path, "file", sheet, Map.of(), Imported.class).imported();
    }
}
