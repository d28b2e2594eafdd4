package vn.dvk.evaluation.access;

import org.junit.jupiter.api.Test;
import vn.dvk.evaluation.support.EvaluationApiTest;
import vn.dvk.testsupport.MalformedBodies;

/**
 * No body, however broken, makes evaluation-service answer 5xx: every POST, PUT and PATCH operation of its OpenAPI gets
 * malformed multipart, truncated JSON, a wrong content type and out-of-range numbers in each numeric field, sent by
 * an official holding every role, so that the requests reach the reading of their bodies.
 */
class MalformedBodiesTest extends EvaluationApiTest {

    @Test
    void every_body_operation_refuses_broken_bodies_and_out_of_range_numbers_naming_the_field_and_never_fails() {
        MalformedBodies.of(http).assertRefusedWithoutServerErrors(http);
    }
}
