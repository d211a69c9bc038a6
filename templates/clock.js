// Keeps the profile page's server time live: the page shows the time as it
// was rendered, and this script follows GET /clock (server-sent events, one a
// second). EventSource reconnects by itself when a stream ends.
"use strict";
(function () {
  var shown = document.getElementById("server-time");
  if (!shown || typeof EventSource === "undefined") {
    return;
  }
  var clock = new EventSource("/clock");
  clock.onmessage = function (event) {
    shown.textContent = event.data;
  };
})();
