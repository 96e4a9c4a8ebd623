/**
 * Full years at one day (a period's end), remembered per day of birth: 100,000 rows
 * hold a few thousand distinct birth dates, and a remembered age is one typed-array
 * load where fullYears unpacks the birth date into a calendar date every time.
 */
import { fullYears, type Day } from "../time/day";

/** Birth dates up to this many days before `at` are remembered (about 150 years). */
const SPAN = 55_000;
const UNKNOWN = -1;

export class AgesAt {
  /** the day whose ages are remembered; NaN until the first call */
  private at = NaN;
  private readonly ages = new Int16Array(SPAN).fill(UNKNOWN);

  /**
   * fullYears(birth, at), exactly. Only the first `at` asked for is remembered: a
   * consolidation's rows may alternate between schools' periods, and forgetting on
   * every change would cost more than it saves.
   */
  age(birth: Day, at: Day): number {
    if (at !== this.at) {
      if (this.at === this.at) return fullYears(birth, at);
      this.at = at;
    }
    const back = at - birth;
    if (back < 0 || back >= SPAN) return fullYears(birth, at);
    const known = this.ages[back];
    if (known !== UNKNOWN) return known;
    const age = fullYears(birth, at);
    this.ages[back] = age;
    return age;
  }
}
