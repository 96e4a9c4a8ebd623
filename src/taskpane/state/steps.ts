/**
 * The pane's navigation as data: two roles, each with at most four numbered steps; a step may
 * hold two parts (shown as sub-tabs). Every part has an id that is also its job's key.
 * The grouping is recorded in docs/decisions/taskpane.md ("Numbered steps").
 */
export type Role = "school" | "municipality";

export type PartId =
  | "template-school"
  | "check"
  | "indicators"
  | "collect"
  | "report"
  | "measures"
  | "effect"
  | "feedback"
  | "template-municipality";

export interface Part {
  id: PartId;
  /** The sub-tab's label (the part's own name). */
  label: string;
}

export interface Step {
  id: string;
  label: string;
  parts: readonly Part[];
}

export const ROLE_LABEL: Record<Role, string> = {
  school: "Школа (ОО)",
  municipality: "Муниципалитет",
};

export const STEPS: Record<Role, readonly Step[]> = {
  school: [
    { id: "s1", label: "Шаблон", parts: [{ id: "template-school", label: "Шаблон" }] },
    { id: "s2", label: "Проверка", parts: [{ id: "check", label: "Проверка" }] },
    { id: "s3", label: "Показатели", parts: [{ id: "indicators", label: "Показатели" }] },
  ],
  municipality: [
    { id: "m1", label: "Файлы ОО", parts: [{ id: "collect", label: "Файлы ОО" }] },
    { id: "m2", label: "Сводка и справка", parts: [{ id: "report", label: "Сводка" }] },
    {
      id: "m3",
      label: "Меры и эффективность",
      parts: [
        { id: "measures", label: "Меры" },
        { id: "effect", label: "Эффективность" },
      ],
    },
    {
      id: "m4",
      label: "Обратная связь и книги ОО",
      parts: [
        { id: "feedback", label: "Обратная связь" },
        { id: "template-municipality", label: "Шаблон и книги ОО" },
      ],
    },
  ],
};

export interface Place {
  role: Role;
  step: Step;
  part: Part;
  /** 1-based, as shown. */
  number: number;
}

/** Where a part lives: its role, its numbered step. */
export function placeOf(id: PartId): Place {
  for (const role of ["school", "municipality"] as const) {
    const steps = STEPS[role];
    for (let i = 0; i < steps.length; i++) {
      const part = steps[i].parts.find((p) => p.id === id);
      if (part) return { role, step: steps[i], part, number: i + 1 };
    }
  }
  throw new Error(`unknown part ${id}`);
}

export function isPartId(value: unknown): value is PartId {
  return (
    typeof value === "string" &&
    Object.values(STEPS).some((steps) => steps.some((s) => s.parts.some((p) => p.id === value)))
  );
}

/** «шаг 2 «Сводка и справка»»: how messages name a step. */
export function stepName(id: PartId): string {
  const place = placeOf(id);
  const inner = place.step.parts.length > 1 ? `, «${place.part.label}»` : "";
  return `шаг ${place.number} «${place.step.label}»${inner}`;
}
