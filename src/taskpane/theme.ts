/** Fluent's web theme matching Office's: dark when Office's body background is dark. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export function isDark(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function officeFluentTheme(): Theme {
  const background =
    typeof Office === "undefined" ? undefined : Office.context?.officeTheme?.bodyBackgroundColor;
  return isDark(background) ? webDarkTheme : webLightTheme;
}

/**
 * The page itself takes the theme's background, so no white area shows below the content in
 * a dark pane (FluentProvider colours only its own box), and the browser's scrollbars and
 * form controls follow the theme too.
 */
export function fillPage(theme: Theme, doc: Document = document): void {
  const dark = theme === webDarkTheme;
  for (const el of [doc.documentElement, doc.body]) {
    el.style.backgroundColor = theme.colorNeutralBackground1;
    el.style.colorScheme = dark ? "dark" : "light";
  }
  doc.body.style.margin = "0";
}
