// The dashboard follows reporting-service's stream through the portal's gateway: on "changed" it reloads its
// figures (the stream is debounced on the service's side). Everything else on the pages works without script.
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
  document.addEventListener("DOMContentLoaded", followDashboard);
})();
