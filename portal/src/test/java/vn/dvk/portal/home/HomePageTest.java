package vn.dvk.portal.home;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.dvk.portal.fixtures.Payloads;
import vn.dvk.portal.fixtures.PortalWebTest;

/** "Việc cần làm": what waits for the official, and what could not be read said without hiding the rest. */
class HomePageTest extends PortalWebTest {

    @Test
    void a_clerk_sees_his_returned_models_and_what_could_not_be_read() throws Exception {
        SERVICES.jsonWhen("GET", "/api/v1/models", "status=RETURNED",
                        Payloads.page(1, Payloads.model("m-3", "Đường giao thông nông thôn", "RETURNED")))
                .json("GET", "/api/v1/deadlines", "{\"items\":[]}");

        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mô hình bị trả lại cần sửa")))
                .andExpect(content().string(containsString("Đường giao thông nông thôn")))
                .andExpect(content().string(containsString("Chưa lấy được: <span>báo cáo tự đánh giá quá hạn")));
    }

    @Test
    void nothing_waiting_says_so_and_points_to_the_lists() throws Exception {
        SERVICES.json("GET", "/api/v1/models", Payloads.page(0))
                .json("GET", "/api/v1/inspection-plans", "[]");

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có việc nào đang chờ bạn.")));
    }
}
