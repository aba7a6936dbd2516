// Title suggestions for search boxes with a data-autocomplete URL, through a <datalist>.
// Progressive enhancement: without this script the search forms work the same.
(function () {
  "use strict";
  document.querySelectorAll("input[data-autocomplete]").forEach(function (input, index) {
    var list = document.createElement("datalist");
    list.id = "suggestions-" + index;
    input.after(list);
    input.setAttribute("list", list.id);
    var timer = null;
    var controller = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var query = input.value.trim();
      if (query.length < 2) { list.replaceChildren(); return; }
      timer = setTimeout(function () {
        if (controller) { controller.abort(); }
        controller = new AbortController();
        fetch(input.dataset.autocomplete + "?q=" + encodeURIComponent(query), {
          signal: controller.signal, headers: { Accept: "application/json" }
        })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            list.replaceChildren.apply(list, data.suggestions.map(function (item) {
              var option = document.createElement("option");
              option.value = item.title;
              return option;
            }));
          })
          .catch(function () { /* offline or aborted: keep the plain search box */ });
      }, 150);
    });
  });
})();
