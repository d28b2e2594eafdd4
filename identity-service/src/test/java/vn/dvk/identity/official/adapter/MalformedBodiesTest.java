package vn.dvk.identity.official.adapter;

import org.junit.jupiter.api.Test;
import vn.dvk.identity.IdentityIntegrationTest;
import vn.dvk.testsupport.MalformedBodies;

/**
 * No body, however broken, makes identity-service's API answer 5xx: every POST, PUT and PATCH operation of its
 * OpenAPI gets malformed multipart, truncated JSON, a wrong content type and out-of-range numbers in each numeric
 * field, sent by the province's administrator (signed in here), so that the requests reach the reading of their
 * bodies.
 */
class MalformedBodiesTest extends IdentityIntegrationTest {

    @Test
    void every_body_operation_refuses_broken_bodies_and_out_of_range_numbers_naming_the_field_and_never_fails()
            throws Exception {
        MalformedBodies.of(api).assertRefusedWithoutServerErrors(api.withToken(accessTokenOf("sonla.admin")));
    }
}
