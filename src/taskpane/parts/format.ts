/** Numbers as people read them in Russian: a comma, one decimal, and the unit. */
const ONE_DECIMAL = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 });

export function formatValue(value: number | null, unit: string): string {
  if (value === null) return "нет данных";
  const number = ONE_DECIMAL.format(value);
  return unit === "%" ? `${number} %` : `${number} ${unit}`.trim();
}

export function formatTarget(target: number | null, direction: string, unit: string): string {
  return target === null ? "цель не задана" : `цель ${direction} ${formatValue(target, unit)}`;
}
