package vn.dvk.evaluation.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.evaluation.support.EvaluationApiTest;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.evaluation.support.RegistrationFeed;
import vn.dvk.evaluation.support.Workbooks;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.testsupport.AccessTable;
import vn.dvk.testsupport.AccessTable.Body;
import vn.dvk.testsupport.ServiceClient;

/**
 * Who may call what on evaluation-service (the province instance, 14): every endpoint of its OpenAPI, sent by an
 * official of each role from the commune that owns the data (Lóng Phiêng, 04096), a sibling commune (Chiềng Đông,
 * 04063), their district (Yên Châu, 124), another district (Mai Sơn, 125) and the province (14), and without a token.
 * Reviews and evaluations are the Steering Committee's of the model's management level, an inspection's corrections
 * the committee's of the unit that issued its plan; clerks file
 * self-assessments; everyone reads within his subtree; another subtree's record is not found, a model outside it is
 * as unknown as one never registered, and a rating of a unit outside it is refused naming the unit (an import names
 * the row).
 */
class EvaluationAccessTableTest extends EvaluationApiTest {

    /**
     * Rows run in this order. The audit log comes first: it shows the officials of a caller's subtree what they did,
     * and the requests of later rows name other subtrees' records.
     */
    private static final String TABLE = """
            | request                                                       | unit  | none | CLERK | STEERING | COUNCIL | CHAIRMAN | VIEWER | ADMIN | AUDITOR |
            |---------------------------------------------------------------|-------|------|-------|----------|---------|----------|--------|-------|---------|
            | GET /api/v1/audit                                             | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit                                             | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit                                             | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit/verification                                | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit/verification                                | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/catalog                                           | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/catalog                                           | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/known-models/${active-04096}                      | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/known-models/${active-04096}                      | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/known-models/${active-04096}                      | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/known-models/${active-04096}                      | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/known-campaigns/${campaign}                       | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/known-campaigns/${campaign}                       | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/known-campaigns/${campaign}                       | 14    | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | POST /api/v1/reviews <review-grassroots>                      | 04096 | 401  | 403   | 201      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/reviews <review-grassroots>                      | 04063 | 401  | 403   | 422      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/reviews <review-grassroots>                      | 124   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/reviews <review-grassroots>                      | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/reviews <review-district>                        | 124   | 401  | 403   | 201      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/reviews <review-district>                        | 125   | 401  | 403   | 422      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/reviews <review-district>                        | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/reviews/${review-04096}/cancellation <cancellation> | 04063 | 401 | 403 | 404 | 403 | 403 | 403 | 403 | 403 |
            | POST /api/v1/reviews/${review-04096}/cancellation <cancellation> | 124   | 401 | 403 | 403 | 403 | 403 | 403 | 403 | 403 |
            | POST /api/v1/reviews/${review-04096}/cancellation <cancellation> | 04096 | 401 | 403 | 409 | 403 | 403 | 403 | 403 | 403 |
            | GET /api/v1/reviews?modelId=${reviewed-04096}                 | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/reviews?modelId=${reviewed-04096}                 | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/reviews?modelId=${reviewed-04096}                 | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/reviews/${review-04096}                           | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/reviews/${review-04096}                           | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/reviews/${review-04096}                           | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/reviews/${review-04096}                           | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/reviews/${review-04096}                           | 14    | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/reviews/${missing}                                | 04096 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | POST /api/v1/evaluations <evaluation-04096>                   | 04096 | 401  | 403   | 201      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/evaluations <evaluation-04096>                   | 04063 | 401  | 403   | 422      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/evaluations <evaluation-04096>                   | 124   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/evaluations <evaluation-04096>                   | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/evaluations?modelId=${active-04096}               | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/evaluations?modelId=${active-04096}               | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/evaluations/${evaluation-04096}                   | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/evaluations/${evaluation-04096}                   | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/evaluations/${evaluation-04096}                   | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/evaluations/${evaluation-04096}                   | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | POST /api/v1/evaluations/${evaluation-04096}/correction <correction>     | 04096 | 401 | 403 | 422 | 403 | 403 | 403 | 403 | 403 |
            | POST /api/v1/evaluations/${evaluation-04096}/correction <correction>     | 04063 | 401 | 403 | 404 | 403 | 403 | 403 | 403 | 403 |
            | POST /api/v1/evaluations/${evaluation-04096}/correction <correction>     | 124   | 401 | 403 | 403 | 403 | 403 | 403 | 403 | 403 |
            | POST /api/v1/evaluations/${evaluation-04096}/cancellation <cancellation> | 04063 | 401 | 403 | 404 | 403 | 403 | 403 | 403 | 403 |
            | POST /api/v1/evaluations/${evaluation-04096}/cancellation <cancellation> | 124   | 401 | 403 | 403 | 403 | 403 | 403 | 403 | 403 |
            | POST /api/v1/evaluations/${evaluation-04096}/cancellation <cancellation> | 04096 | 401 | 403 | 200 | 403 | 403 | 403 | 403 | 403 |
            | GET /api/v1/campaigns/${campaign}/evaluation-weights          | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/campaigns/${campaign}/evaluation-weights          | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | PUT /api/v1/campaigns/${campaign}/evaluation-weights <weights> | 04096 | 401  | 403   | 200      | 403     | 403      | 403    | 403   | 403     |
            | PUT /api/v1/campaigns/${campaign}/evaluation-weights <weights> | 124   | 401  | 403   | 200      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/campaigns/${campaign}/deadlines                   | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/campaigns/${campaign}/deadlines                   | 14    | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | PUT /api/v1/campaigns/${campaign}/deadlines <deadlines>       | 04063 | 401  | 403   | 200      | 403     | 403      | 403    | 403   | 403     |
            | PUT /api/v1/campaigns/${campaign}/deadlines <deadlines>       | 14    | 401  | 403   | 200      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/deadlines?unit=04096&year=2022                    | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/deadlines?unit=04096&year=2022                    | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/deadlines?unit=04096&year=2022                    | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/deadlines?unit=04096&year=2022                    | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/deadlines?year=2022                               | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | POST /api/v1/self-assessments <assessment-04096-q2>           | 04096 | 401  | 201   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/self-assessments <assessment-04096-q2>           | 04063 | 401  | 422   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/self-assessments <assessment-04096-q3>           | 124   | 401  | 201   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/self-assessments <assessment-04096-q3>           | 125   | 401  | 422   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/self-assessments?modelId=${active-04096}          | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/self-assessments?modelId=${active-04096}          | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/self-assessments/${assessment-04096}              | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/self-assessments/${assessment-04096}              | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/self-assessments/${assessment-04096}              | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/self-assessments/${assessment-04096}              | 14    | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/self-assessments/overdue?unit=04096               | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/self-assessments/overdue?unit=04096               | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/self-assessments/overdue                          | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | POST /api/v1/inspection-plans <plan-of-124>                   | 124   | 401  | 403   | 201      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/inspection-plans <plan-of-124>                   | 14    | 401  | 403   | 201      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/inspection-plans <plan-of-124>                   | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/inspection-plans <plan-of-124>                   | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/inspection-plans?unit=04096&year=2022             | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/inspection-plans?unit=04096&year=2022             | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/inspection-plans?unit=04096&year=2022             | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/inspection-plans?year=2022                        | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/inspection-plans/${plan-124}                      | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/inspection-plans/${plan-124}                      | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/inspection-plans/${plan-124}                      | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/inspection-plans/${plan-04063}                    | 04096 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/inspection-plans/${plan-04063}                    | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | POST /api/v1/inspection-plans/${plan-124}/inspections <inspection-t3> | 04096 | 401 | 403 | 403  | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/inspection-plans/${plan-124}/inspections <inspection-t3> | 125   | 401 | 403 | 404  | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/inspection-plans/${plan-124}/inspections <inspection-t3> | 124   | 401 | 403 | 201  | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/inspection-plans/${plan-124}/inspections <inspection-t4> | 14    | 401 | 403 | 201  | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/inspections/${inspection-04096}                   | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/inspections/${inspection-04096}                   | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/inspections/${inspection-04096}                   | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/inspections/${inspection-04096}                   | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | POST /api/v1/inspections/${inspection-04096}/correction <inspection-correction> | 04096 | 401 | 403 | 403 | 403 | 403 | 403 | 403 | 403 |
            | POST /api/v1/inspections/${inspection-04096}/correction <inspection-correction> | 125   | 401 | 403 | 404 | 403 | 403 | 403 | 403 | 403 |
            | POST /api/v1/inspections/${inspection-04096}/correction <inspection-correction> | 124   | 401 | 403 | 200 | 403 | 403 | 403 | 403 | 403 |
            | POST /api/v1/inspections/${inspection-04096}/cancellation <cancellation>        | 04096 | 401 | 403 | 403 | 403 | 403 | 403 | 403 | 403 |
            | POST /api/v1/inspections/${inspection-04096}/cancellation <cancellation>        | 14    | 401 | 403 | 403 | 403 | 403 | 403 | 403 | 403 |
            | POST /api/v1/inspections/${inspection-04096}/cancellation <cancellation>        | 125   | 401 | 403 | 404 | 403 | 403 | 403 | 403 | 403 |
            | POST /api/v1/inspections/${inspection-04096}/cancellation <cancellation>        | 124   | 401 | 403 | 200 | 403 | 403 | 403 | 403 | 403 |
            | POST /api/v1/inspections/${inspection-04096}/cancellation <cancellation>        | 124   | 401 | 403 | 409 | 403 | 403 | 403 | 403 | 403 |
            | GET /api/v1/task-ratings:import-template                      | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/task-ratings:import-template                      | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/titles:import-template                            | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/titles:import-template                            | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | POST /api/v1/task-ratings <rating-04096>                      | 04096 | 401  | 403   | 201      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/task-ratings <rating-04096>                      | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/task-ratings <rating-04096-2021>                 | 124   | 401  | 403   | 201      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/task-ratings <rating-04096>                      | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/task-ratings?unit=04096&year=2022                 | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/task-ratings?unit=04096&year=2022                 | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/task-ratings?year=2022                            | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/task-ratings?unit=124&year=2022                   | 14    | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/task-ratings/${rating-04063}/history              | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/task-ratings/${rating-04063}/history              | 04096 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/task-ratings/${rating-04063}/history              | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | POST /api/v1/task-ratings:import <ratings-sheet-04096>        | 04096 | 401  | 403   | 200      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/task-ratings:import <ratings-sheet-04096>        | 04063 | 401  | 403   | 400      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/titles <title-04096>                             | 04096 | 401  | 403   | 201      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/titles <title-04096>                             | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/titles <title-04096>                             | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/titles?unit=04096&year=2022                       | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/titles?unit=04096&year=2022                       | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/titles?year=2022                                  | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/titles/${title-04063}/history                     | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/titles/${title-04063}/history                     | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | POST /api/v1/titles:import <titles-sheet-04096>               | 04096 | 401  | 403   | 200      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/titles:import <titles-sheet-04096>               | 125   | 401  | 403   | 400      | 403     | 403      | 403    | 403   | 403     |
            """;

    private static final Map<String, Body> BODIES = Map.ofEntries(
            Map.entry("review-grassroots", Body.json(review("${grassroots-04096}"))),
            Map.entry("review-district", Body.json(review("${district-04096}"))),
            Map.entry("evaluation-04096", Body.json(midYearEvaluation("${active-04096}"))),
            Map.entry("correction", Body.json("{\"recognized\": true, \"reason\": \"Sửa kết quả nhập nhầm\"}")),
            Map.entry("cancellation", Body.json("{\"reason\": \"Nhập nhầm mô hình\"}")),
            Map.entry("inspection-correction", Body.json("""
                    {"findings": "Chưa lập sổ theo dõi kết quả", "reason": "Ghi nhầm kết quả của xã khác"}""")),
            Map.entry("weights", Body.json("""
                    {"weights": {"PRACTICAL_EFFECTIVE": 3, "SUSTAINABLE": 1, "REPLICABLE": 1, "ENGAGES_PEOPLE": 1,
                     "HONEST": 1}}""")),
            Map.entry("deadlines", Body.json("{\"recognition\": \"20/12\"}")),
            Map.entry("assessment-04096-q2", Body.json(selfAssessment("${active-04096}", "2022-04-01",
                    "2022-06-30"))),
            Map.entry("assessment-04096-q3", Body.json(selfAssessment("${active-04096}", "2022-07-01",
                    "2022-09-30"))),
            Map.entry("plan-of-124", Body.json(planOf124())),
            Map.entry("inspection-t3", Body.json(inspection("t3"))),
            Map.entry("inspection-t4", Body.json(inspection("t4"))),
            Map.entry("rating-04096", Body.json(rating("04096"))),
            Map.entry("rating-04096-2021", Body.json(rating("04096").replace("2022", "2021"))),
            Map.entry("title-04096", Body.json(title("04096"))),
            Map.entry("ratings-sheet-04096", Body.file("xep-loai.xlsx", Workbooks.workbook(
                    List.of("Đối tượng", "Mã đơn vị", "Họ và tên", "Năm", "Xếp loại"),
                    List.of(List.of("Cá nhân", "04096", "Lò Văn Nhập", 2022, "Hoàn thành tốt nhiệm vụ"))),
                    Workbooks.XLSX)),
            Map.entry("titles-sheet-04096", Body.file("danh-hieu.xlsx", Workbooks.workbook(
                    List.of("Danh hiệu", "Mã đơn vị", "Tên", "Năm"),
                    List.of(List.of("CULTURAL_VILLAGE", "04096", "Bản Nhập Khẩu", 2022))), Workbooks.XLSX)));

    @Autowired
    CurrentUnitDirectory directory;

    private static String review(String modelId) {
        return """
                {"modelId": "%s", "decision": "APPROVE", "reviewer": "Người mạo danh"}""".formatted(modelId);
    }

    private static String midYearEvaluation(String modelId) {
        return """
                {"modelId": "%s", "round": "MID_YEAR", "recognized": false, "evaluatedBy": "Người mạo danh",
                 "scores": [{"criterion": "PRACTICAL_EFFECTIVE", "score": 7}, {"criterion": "SUSTAINABLE", "score": 7},
                   {"criterion": "REPLICABLE", "score": 7}, {"criterion": "ENGAGES_PEOPLE", "score": 7},
                   {"criterion": "HONEST", "score": 7}]}""".formatted(modelId);
    }

    private static String selfAssessment(String modelId) {
        return selfAssessment(modelId, "2022-01-01", "2022-03-31");
    }

    /** One model has one self-assessment per period: each row that files one files another quarter. */
    private static String selfAssessment(String modelId, String periodStart, String periodEnd) {
        return """
                {"modelId": "%s", "periodStart": "%s", "periodEnd": "%s", "progressPercent": 30,
                 "filedBy": "Người mạo danh"}""".formatted(modelId, periodStart, periodEnd);
    }

    private static String planOf124() {
        return """
                {"year": 2022, "round": "YEAR_END", "name": "Kế hoạch kiểm tra cuối năm 2022",
                 "issuingUnitCode": "124", "publishedBy": "Người mạo danh", "confirmDuplicate": true,
                 "targets": [{"unitCode": "04096", "teamKey": "d1"}, {"unitCode": "04063", "teamKey": "d1"},
                             {"unitCode": "04066", "teamKey": "d1"}, {"unitCode": "04069", "teamKey": "d1"}],
                 "teams": [{"key": "d1", "name": "Đoàn kiểm tra số 1",
                            "members": [{"name": "Lò Văn Minh", "role": "HEAD"}]}]}""";
    }

    private static String inspection(String targetId) {
        return """
                {"targetId": "%s", "inspectedOn": "2022-06-20", "findings": "Đạt yêu cầu",
                 "recordedBy": "Người mạo danh"}""".formatted(targetId);
    }

    private static String rating(String unitCode) {
        return """
                {"subject": "UNIT", "unitCode": "%s", "year": 2022, "rating": "GOOD",
                 "recordedBy": "Người mạo danh"}""".formatted(unitCode);
    }

    private static String title(String unitCode) {
        return """
                {"title": "CULTURAL_VILLAGE", "unitCode": "%s", "holderName": "Bản Văn Hóa %s", "year": 2022,
                 "recordedBy": "Người mạo danh"}""".formatted(unitCode, unitCode);
    }

    /** The id a creating request answered with, at a JSON pointer of its body. */
    private static String created(ServiceClient.Reply reply, String pointer) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().at(pointer).asString();
    }

    private ServiceClient clerkOf(String unitCode) {
        return http.as("canbo." + unitCode, unitCode, "UNIT_CLERK");
    }

    /** Models registration announced, and a record of each kind in Lóng Phiêng and Chiềng Đông. */
    private AccessTable.Fixtures prepare() {
        String run = UUID.randomUUID().toString();
        registeredPerson("Lò Văn Nhập", null, "04096", null);
        ModelFixtures.Builder grassroots = ModelFixtures.taiNungPears().withId("acl-grassroots-" + run);
        ModelFixtures.Builder district = ModelFixtures.taiNungPears().withId("acl-district-" + run)
                .managedAt(ManagementLevel.DISTRICT);
        ModelFixtures.Builder reviewed = ModelFixtures.taiNungPears().withId("acl-reviewed-" + run);
        ModelFixtures.Builder active = ModelFixtures.taiNungPears().withId("acl-active-" + run)
                .withStatus(ModelStatus.IN_PROGRESS).atVersion(5);
        ModelFixtures.Builder elsewhere = ModelFixtures.banMeCulturalVillage().withId("acl-elsewhere-" + run)
                .withStatus(ModelStatus.IN_PROGRESS).atVersion(5);
        List.of(grassroots, district, reviewed, active, elsewhere).forEach(model -> {
            RegistrationFeed.registered(model.snapshot());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> http.get("/api/v1/known-models/" + model.snapshot().id()).status() == 200);
        });
        String plan = created(committeeOf("124").post("/api/v1/inspection-plans", planOf124()), "/plan/id");
        String campaign = "acl-campaign-" + run;
        campaignOfYenChau(campaign);
        return new AccessTable.Fixtures()
                .fact("grassroots-04096", grassroots.snapshot().id(), "14/124/04096")
                .fact("district-04096", district.snapshot().id(), "14/124/04096")
                .fact("reviewed-04096", reviewed.snapshot().id(), "14/124/04096")
                .fact("active-04096", active.snapshot().id(), "14/124/04096")
                .fact("active-04063", elsewhere.snapshot().id(), "14/124/04063")
                .fact("review-04096", created(committeeOf("04096").post("/api/v1/reviews",
                        review(reviewed.snapshot().id())), "/id"),
                        "14/124/04096")
                .fact("evaluation-04096", created(committeeOf("04096").post("/api/v1/evaluations",
                        midYearEvaluation(active.snapshot().id())), "/id"), "14/124/04096")
                .fact("evaluation-04063", created(committeeOf("04063").post("/api/v1/evaluations",
                        midYearEvaluation(elsewhere.snapshot().id())), "/id"), "14/124/04063")
                .fact("assessment-04096", created(clerkOf("04096").post("/api/v1/self-assessments",
                        selfAssessment(active.snapshot().id())), "/id"), "14/124/04096")
                .fact("assessment-04063", created(clerkOf("04063").post("/api/v1/self-assessments",
                        selfAssessment(elsewhere.snapshot().id())), "/id"), "14/124/04063")
                .reference("plan-124", plan, "14/124")
                .fact("inspection-04096", created(committeeOf("124").post("/api/v1/inspection-plans/" + plan
                        + "/inspections", inspection("t1")), "/id"), "14/124/04096")
                .fact("inspection-04063", created(committeeOf("124").post("/api/v1/inspection-plans/" + plan
                        + "/inspections", inspection("t2")), "/id"), "14/124/04063")
                .reference("plan-04063", created(committeeOf("04063").post("/api/v1/inspection-plans", """
                        {"year": 2022, "round": "MID_YEAR", "name": "Kiểm tra giữa năm của xã",
                         "issuingUnitCode": "04063", "targets": [{"unitCode": "04063", "teamKey": "x1"}],
                         "teams": [{"key": "x1", "name": "Tổ kiểm tra xã",
                                    "members": [{"name": "Lò Thị Mai", "role": "HEAD"}]}]}"""), "/plan/id"),
                        "14/124/04063")
                .fact("rating-04063", created(committeeOf("04063").post("/api/v1/task-ratings", rating("04063")),
                        "/ratingId"), "14/124/04063")
                .fact("title-04063", created(committeeOf("04063").post("/api/v1/titles", title("04063")),
                        "/titleId"), "14/124/04063")
                .value("campaign", campaign)
                .value("missing", "acl-missing-" + run);
    }

    @Test
    void every_endpoint_answers_each_role_of_each_unit_as_the_table_says_and_leaks_nothing() {
        AccessTable table = AccessTable.parse(TABLE).assertCovers(http);
        AccessTable.Fixtures fixtures = prepare();

        table.assertAnswers(http, fixtures, BODIES, code -> directory.get().pathOf(code).orElseThrow());

        assertThat(table.cases()).isGreaterThanOrEqualTo(300);
    }
}
