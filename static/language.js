// Send a reader of the language chooser to the archive in their browser's preferred language.
(function () {
  var links = document.querySelectorAll("a[hreflang]");
  var wanted = navigator.languages || [navigator.language || ""];
  for (var i = 0; i < wanted.length; i++) {
    var want = String(wanted[i]).toLowerCase().split("-")[0];
    for (var j = 0; j < links.length; j++) {
      if (links[j].getAttribute("hreflang").toLowerCase().split("-")[0] === want) {
        window.location.replace(links[j].href);
        return;
      }
    }
  }
})();
