package vn.dvk.registration.model.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import vn.dvk.registration.model.application.ModelService;
import vn.dvk.testsupport.DvkIntegrationTest;

@DvkIntegrationTest
class ModelIndexesTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void the_model_list_filters_are_indexed_at_start_up() {
        assertThat(mongo.indexOps(ModelService.COLLECTION).getIndexInfo()).extracting(IndexInfo::getName)
                .contains("year_unitPath", "unitPath", "status", "campaignId");
    }
}
