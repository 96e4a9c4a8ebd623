/**
 * The attestation term is one constant: changed in core/rules/attestation.ts (here to 4
 * years), validation's lapse day and the default parameter and wording of the
 * recommendation rule T_ATTEST_DUE all follow, with no other edit.
 */
jest.mock("../../../../src/core/rules/attestation", () => ({
  ...jest.requireActual("../../../../src/core/rules/attestation"),
  ATTESTATION_TERM_YEARS: 4,
}));

import { DEFAULT_RULES } from "../../../../src/core/recommend/rules";
import { ATTESTATION_TERM_YEARS } from "../../../../src/core/rules/attestation";

describe("the attestation term, changed in one place", () => {
  it("is the recommendation rule's default term and its wording", () => {
    expect(ATTESTATION_TERM_YEARS).toBe(4);
    const rule = DEFAULT_RULES.find((r) => r.code === "T_ATTEST_DUE");
    expect(rule?.params?.find((p) => p.key === "term")?.value).toBe(4);
    expect(rule?.trigger).toContain("аттестация + 4 лет");
  });
});
