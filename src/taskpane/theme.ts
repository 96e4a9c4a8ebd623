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
