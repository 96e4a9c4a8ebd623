import { codeKey, nearCode, oneEditApart } from "../../../../src/core/text/code-key";

describe("codeKey", () => {
  it("reads a Latin «OO-1» as the Cyrillic «ОО-1», whatever else the school typed", () => {
    expect(codeKey("OO-1")).toBe(codeKey("ОО-1"));
    expect(codeKey("oo 1")).toBe(codeKey("ОО-1"));
    expect(codeKey(" ОО—1 ")).toBe(codeKey("ОО-1"));
    expect(codeKey("ОO_1")).toBe(codeKey("ОО-1"));
    expect(codeKey("Школа №5")).toBe(codeKey("школа 5"));
  });

  it("keeps different digits and a leading zero apart", () => {
    expect(codeKey("ОО-01")).not.toBe(codeKey("ОО-1"));
    expect(codeKey("ОО-12")).not.toBe(codeKey("ОО-13"));
  });
});

describe("near codes", () => {
  it("finds one edit", () => {
    expect(oneEditApart("оо1", "оо01")).toBe(true);
    expect(oneEditApart("оо12", "оо13")).toBe(true);
    expect(oneEditApart("оо12", "оо21")).toBe(false);
    expect(oneEditApart("оо1", "оо1")).toBe(false);
  });

  it("names the expected code a received one resembles, only when it is one", () => {
    expect(nearCode("ОО-01", ["ОО-1", "ОО-5"])).toBe("ОО-1");
    expect(nearCode("OO-001", ["ОО-1", "ОО-50"])).toBe("ОО-1");
    expect(nearCode("ОО-7", ["ОО-1", "ОО-5"])).toBeNull();
    // Two look as close: no guess.
    expect(nearCode("ОО-3", ["ОО-33", "ОО-13"])).toBeNull();
    // The same code is no near-match.
    expect(nearCode("OO-1", ["ОО-1"])).toBeNull();
  });

  it("prefers a lost leading zero over a one-letter difference («ОО-03» is one edit from «ОО-01»)", () => {
    expect(nearCode("ОО-03", ["ОО-01", "ОО-02", "ОО-3"])).toBe("ОО-3");
    expect(nearCode("ОО-4", ["ОО-01", "ОО-02", "ОО-03", "ОО-04"])).toBe("ОО-04");
    expect(nearCode("ОО-01", ["ОО-1", "ОО-001"])).toBeNull();
  });
});
