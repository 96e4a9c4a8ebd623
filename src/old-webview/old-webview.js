/*
 * ES5 on purpose: this script must run in every webview Office may use, including Internet
 * Explorer 11 (Trident) and Edge Legacy (EdgeHTML), where the add-in's ES2020 bundles cannot
 * even be parsed. It runs before the bundles (a plain script at the end of <body>; webpack's
 * bundles are deferred) and, where ES2020 is missing, replaces the page with a plain Russian
 * explanation instead of the blank pane the person would otherwise see.
 * Checked by test/unit/old-webview (parses as ES5) and test/ui (in Chromium, with ES2020 taken
 * away and with it present).
 */
(function () {
  "use strict";

  /** Syntax the bundles use: arrow functions, classes, async/await, ?. and ??, spread. */
  function syntaxSupported() {
    try {
      new Function(
        "class A { m() { return 1; } }\n" +
          "const f = async (a) => { let b = a?.x ?? [...[1]]; await null; return b; };\n" +
          "return typeof f === 'function' && new A().m() === 1;"
      );
      return true;
    } catch (e) {
      return false;
    }
  }

  /** Built-ins of ES2019/ES2020 the bundles and their libraries rely on. */
  function builtInsSupported() {
    return (
      typeof Promise === "function" &&
      typeof Promise.allSettled === "function" &&
      typeof Map === "function" &&
      typeof Symbol === "function" &&
      typeof Symbol.asyncIterator !== "undefined" &&
      typeof Object.fromEntries === "function" &&
      typeof Array.prototype.flatMap === "function" &&
      typeof String.prototype.matchAll === "function" &&
      typeof globalThis !== "undefined" &&
      typeof TextDecoder === "function"
    );
  }

  if (syntaxSupported() && builtInsSupported()) return;

  window.pedmonitorUnsupported = true;

  var title = "Надстройке нужна более новая версия Office";
  var lines = [
    "Надстройке нужна более новая версия Office: этот Excel показывает надстройки через " +
      "устаревший встроенный браузер (Internet Explorer 11 или Edge Legacy), в котором " +
      "ПедМонитор работать не может.",
    "Что сделать (достаточно одного):",
  ];
  var steps = [
    "установите Microsoft Edge WebView2 Runtime (бесплатно, с сайта Microsoft; на рабочем " +
      "компьютере — через администратора) и перезапустите Excel;",
    "обновите Office до Microsoft 365 или Office 2021 и новее;",
    "откройте книгу в Excel в браузере (Excel в Интернете) и запустите ПедМонитор там.",
  ];
  var note = "Книга не изменена: надстройка ничего в ней не сделала.";

  var body = document.body;
  while (body.firstChild) body.removeChild(body.firstChild);
  var page = document.createElement("div");
  page.id = "pedmonitor-unsupported";
  page.setAttribute("role", "alert");
  page.style.fontFamily = "Segoe UI, Arial, sans-serif";
  page.style.fontSize = "14px";
  page.style.lineHeight = "1.4";
  page.style.padding = "12px";
  var heading = document.createElement("h1");
  heading.style.fontSize = "18px";
  heading.appendChild(document.createTextNode(title));
  page.appendChild(heading);
  for (var i = 0; i < lines.length; i++) {
    var p = document.createElement("p");
    p.appendChild(document.createTextNode(lines[i]));
    page.appendChild(p);
  }
  var list = document.createElement("ol");
  for (var j = 0; j < steps.length; j++) {
    var item = document.createElement("li");
    item.appendChild(document.createTextNode(steps[j]));
    list.appendChild(item);
  }
  page.appendChild(list);
  var last = document.createElement("p");
  last.appendChild(document.createTextNode(note));
  page.appendChild(last);
  body.appendChild(page);
})();
