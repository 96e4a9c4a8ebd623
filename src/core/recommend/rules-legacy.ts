/**
 * Default rule texts of earlier versions, exactly as they were written into
 * «Правила рекомендаций». A workbook made before issue 13 still carries them;
 * a text equal to one of these (spaces aside) is not a person's edit, so
 * reading the sheet upgrades it to today's default instead of keeping the old
 * wording (no `needed`, no deadline, «формирующих отставание», СЗД as a category).
 */

/** [rule code, addressee, text] */
export const LEGACY_DEFAULT_TEXTS: readonly (readonly [string, string, string])[] = [
  [
    "IND_BELOW_TARGET",
    "МОУО",
    "Показатель «{indicator}» ({code}) не достигнут: {value} при цели {direction} {target} (отставание {gap}). Рассмотреть итоги мониторинга на совещании руководителей ОО, включить в комплекс мер управленческие решения по достижению показателя, определить ответственных и сроки.",
  ],
  [
    "IND_BELOW_TARGET",
    "ЦНППМ",
    "Показатель «{indicator}» ({code}): {value} при цели {direction} {target} (отставание {gap}). Учесть отставание при формировании графика повышения квалификации и корректировке ДПП ПК и ПП для педагогических работников муниципалитета.",
  ],
  [
    "IND_BELOW_TARGET",
    "ММС",
    "Показатель «{indicator}» ({code}): {value} при цели {direction} {target} (отставание {gap}). Организовать методическое сопровождение ОО с наибольшим отставанием и включить вопрос в план работы муниципальной методической службы.",
  ],
  [
    "SCHOOL_BELOW_TARGET",
    "ОО",
    "Показатель «{indicator}» ({code}) в ОО: {value} при цели {direction} {target} (отставание {gap}).{workers} Обеспечить участие этих работников в мероприятиях, от которых зависит показатель, и учесть их в персонифицированном техническом задании на повышение квалификации.",
  ],
  [
    "SCHOOL_BEST_PRACTICE",
    "ММС",
    "ОО {school} входит в лучшую четверть ОО по показателю «{indicator}» ({code}): {value} при цели {direction} {target}. Изучить и распространить практику ОО (семинар, стажировочная площадка, публикация опыта).",
  ],
  [
    "T_BURNOUT_HIGH",
    "ОО",
    "Работников с высоким уровнем профессионального выгорания: {count}. Организовать психолого-педагогическое сопровождение и профилактику выгорания (поимённый список — в обратной связи для ОО).",
  ],
  [
    "T_ATTEST_DUE",
    "Педагог",
    "Запланировать аттестацию: срок действия категории «{category}» (аттестация {attestDate}) истекает {dueDate}.",
  ],
  [
    "T_IOM_MISSING",
    "Педагог",
    "Разработать индивидуальный образовательный маршрут на основе выявленных дефицитов ({deficits}); диагностика — {diagDate}.",
  ],
  [
    "T_YOUNG_NO_MENTOR",
    "Педагог",
    "Закрепить наставника за молодым специалистом (педагогический стаж {experience} г.) и включить в программу наставничества.",
  ],
  // issue 13, before «(отставание — {gap})»
  [
    "IND_BELOW_TARGET",
    "МОУО",
    "Показатель «{indicator}» не достигнут: {value} при цели {direction} {target} (отставание {gap}).{needed}{schools} До {deadline} включить в комплекс мер управленческие решения по достижению показателя в ОО с наибольшим отставанием, определить ответственных и рассмотреть итоги на совещании руководителей ОО.",
  ],
  [
    "IND_BELOW_TARGET",
    "ЦНППМ",
    "Показатель «{indicator}» не достигнут: {value} при цели {direction} {target} (отставание {gap}).{needed}{schools} До {deadline} учесть отставание в графике повышения квалификации и в программах ПК и ПП для педагогических работников ОО с наибольшим отставанием.",
  ],
  [
    "IND_BELOW_TARGET",
    "ММС",
    "Показатель «{indicator}» не достигнут: {value} при цели {direction} {target} (отставание {gap}).{needed}{schools} До {deadline} организовать методическое сопровождение ОО с наибольшим отставанием и включить вопрос в план работы муниципальной методической службы.",
  ],
  [
    "SCHOOL_BELOW_TARGET",
    "ОО",
    "Показатель «{indicator}» в ОО: {value} при цели {direction} {target} (отставание {gap}).{needed}{candidates} Срок — до {deadline}; ответственный — {responsible}.",
  ],
];
