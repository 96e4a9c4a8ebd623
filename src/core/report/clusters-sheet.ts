/**
 * `Кластеры`: cluster counts per school and in total with the support forms
 * (ИОМ by cluster), the age structure of PED, and the structure of diagnosed
 * deficits — three blocks one under another.
 */
import { AGE_BANDS, ageStructure } from "../clusters/age";
import { CLUSTERS, clusterCounts, clusterTitle, type ScopeCounts } from "../clusters/clusters";
import { deficitCounts } from "../clusters/deficits";
import { DEFICITS } from "../schema/values";
import { OUTPUT_SHEETS } from "../schema";
import type { CellStyle, OutCell, RangeRef, SheetModel } from "../../port/sheet-model";
import { reportContext, TOTAL } from "./context";
import { HEADER_STYLE, TITLE_STYLE } from "./kit";
import { TOTAL_LABEL } from "./by-school";
import type { ReportInput } from "./types";
import { appendAll } from "../arrays";

export const CLUSTER_BLOCK_TITLES = {
  clusters: "Кластеры педагогических работников (работник может входить в несколько кластеров)",
  support: "Рекомендуемые формы поддержки по кластерам (ИОМ по кластерам)",
  age: "Возрастная структура педагогических работников",
  deficits: "Структура выявленных профессиональных дефицитов (прошедшие диагностику)",
} as const;

interface Block {
  title: string;
  headers: string[];
  rows: OutCell[][];
}

export function clustersSheet(input: ReportInput): SheetModel {
  const ctx = reportContext(input);
  const period = input.consolidation.period;
  const names = new Map(ctx.schools.map((s) => [ctx.schoolCode(s), s.passport.schoolName]));
  const scopeRows = (counts: ScopeCounts[]): OutCell[][] =>
    counts.map((c) => [
      c.scope === TOTAL ? TOTAL_LABEL : c.scope,
      c.scope === TOTAL ? "Муниципалитет" : (names.get(c.scope) ?? null),
      c.workers,
      ...c.counts,
    ]);
  const clusters = period ? clusterCounts(ctx.schools, period, input.settings) : [];
  const blocks: Block[] = [
    {
      title: CLUSTER_BLOCK_TITLES.clusters,
      headers: [
        "Код ОО",
        "Наименование ОО",
        "Работников",
        ...CLUSTERS.map((c) => clusterTitle(c, input.settings)),
      ],
      rows: scopeRows(clusters),
    },
    {
      title: CLUSTER_BLOCK_TITLES.support,
      headers: ["Кластер", "Численность", "Формы поддержки"],
      rows: CLUSTERS.map((c, i) => [
        clusterTitle(c, input.settings),
        clusters[0]?.counts[i] ?? 0,
        c.support,
      ]),
    },
    {
      title: CLUSTER_BLOCK_TITLES.age,
      headers: ["Код ОО", "Наименование ОО", "Педагогов", ...AGE_BANDS],
      rows: scopeRows(period ? ageStructure(ctx.schools, period, input.settings) : []),
    },
    {
      title: CLUSTER_BLOCK_TITLES.deficits,
      headers: ["Код ОО", "Наименование ОО", "Прошли диагностику", ...DEFICITS],
      rows: scopeRows(deficitCounts(ctx.schools)),
    },
  ];
  const cells: OutCell[][] = [];
  const styles: { range: RangeRef; style: CellStyle }[] = [];
  for (const b of blocks) {
    styles.push({ range: { row: cells.length, col: 0, rows: 1, cols: 1 }, style: TITLE_STYLE });
    cells.push([b.title]);
    styles.push({
      range: { row: cells.length, col: 0, rows: 1, cols: b.headers.length },
      style: HEADER_STYLE,
    });
    cells.push(b.headers);
    if (b === blocks[1])
      styles.push({
        range: { row: cells.length, col: 2, rows: b.rows.length || 1, cols: 1 },
        style: { wrap: true, vAlign: "top" },
      });
    appendAll(cells, b.rows);
    cells.push([]);
  }
  return {
    name: OUTPUT_SHEETS.clusters,
    cells,
    columns: [
      { width: 30 },
      { width: 30 },
      { width: 60 },
      ...Array.from({ length: 10 }, () => ({ width: 16 })),
    ],
    styles,
    pageSetup: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}
