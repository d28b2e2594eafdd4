package vn.dvk.registration.model.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.index.IndexInfo;
import vn.dvk.registration.support.RegistrationApiTest;

class ModelDocumentIndexesTest extends RegistrationApiTest {

    @Test
    void the_model_list_filters_are_indexed_at_start_up() {
        assertThat(mongo.indexOps(ModelDocument.class).getIndexInfo()).extracting(IndexInfo::getName)
                .contains("year_unitPath", "unitPath", "status", "campaignId");
    }
}
