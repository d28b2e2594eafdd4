package vn.dvk.registration.model.domain;

import java.util.List;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.platform.domain.Rejection;

/** Only a registered model or one returned for changes can be edited. */
public class NotEditable extends Rejection.Conflict {

    public NotEditable(ModelStatus status) {
        super("not-editable", "Chỉ sửa được mô hình đang ở trạng thái 'Đã đăng ký' hoặc 'Trả lại để chỉnh sửa';"
                        + " mô hình này đang ở trạng thái '" + status.label() + "'.",
                List.of(new FieldIssue("status", "trạng thái hiện tại: " + status.label())));
    }
}
