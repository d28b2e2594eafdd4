// The dashboard follows reporting-service's stream through the portal's gateway: on "changed" it reloads its
// figures (the stream is debounced on the service's side). The notifications page follows notification-service's
// stream the same way: on "notification" it reloads its list and the unread count of the header (which every other
// page refreshes by htmx polling, see ADR 0011). Everything else on the pages works without script.
(function () {
  function followDashboard() {
    var figures = document.getElementById("figures");
    if (!figures || !window.EventSource) {
      return;
    }
    var live = document.getElementById("live");
    var stream = new EventSource("/api/reporting/v1/stream");
    stream.addEventListener("changed", function () {
      window.htmx.ajax("GET", figures.getAttribute("data-refresh"), { target: "#figures", swap: "outerHTML" });
    });
    stream.onerror = function () {
      if (live) {
        live.textContent = "Mất kết nối cập nhật trực tiếp; đang thử kết nối lại…";
      }
    };
    stream.onopen = function () {
      if (live) {
        live.textContent = "Số liệu cập nhật trực tiếp khi có thay đổi.";
      }
    };
  }
  function followNotifications() {
    var items = document.getElementById("feed-items");
    if (!items || !window.EventSource) {
      return;
    }
    var live = document.getElementById("feed-live");
    var stream = new EventSource("/api/notification/v1/notifications/stream");
    stream.addEventListener("notification", function () {
      var current = document.getElementById("feed-items");
      window.htmx.ajax("GET", current.getAttribute("data-refresh"), { target: "#feed-items", swap: "outerHTML" });
      var count = document.getElementById("unread-count");
      if (count) {
        window.htmx.ajax("GET", count.getAttribute("hx-get"), { target: "#unread-count", swap: "innerHTML" });
      }
    });
    stream.onerror = function () {
      if (live) {
        live.textContent = "Mất kết nối nhận thông báo trực tiếp; đang thử kết nối lại…";
      }
    };
    stream.onopen = function () {
      if (live) {
        live.textContent = "Thông báo mới hiện ngay khi có.";
      }
    };
  }
  document.addEventListener("DOMContentLoaded", followDashboard);
  document.addEventListener("DOMContentLoaded", followNotifications);
})();
