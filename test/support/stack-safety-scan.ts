/**
 * A static check of source text for the two ways data-sized input overflows the
 * call stack: a spread argument in a call (`out.push(...items)`,
 * `Math.max(...values)`: every item becomes one stack slot, ~100k items crash),
 * the same through `.apply(this, items)`, and a function that calls itself.
 * and functions of one file that call each other in a cycle (a → b → a);
 * recursion across files is not detected.
 * Allowed: a spread of an array literal (`f(...[a, b])`), any finding whose
 * line or the line above carries a `// bounded: <why>` comment, and a
 * recursion whose function's leading comment says `bounded: <why>`.
 */
import ts from "typescript";

export interface Finding {
  line: number;
  kind: "spread-argument" | "apply-array" | "self-recursion" | "mutual-recursion";
  text: string;
}

const BOUNDED = /\/\/\s*bounded:\s*\S/;
/** The line above counts only when it is the comment alone. */
const BOUNDED_LINE = /^\s*\/\/\s*bounded:\s*\S/;
/** Functions whose `.apply(self, array)` spreads the array onto the stack. */
const APPLY_TARGETS = new Set([
  "push",
  "unshift",
  "splice",
  "max",
  "min",
  "fromCharCode",
  "fromCodePoint",
  "concat",
  "call",
]);

export function scanSource(fileName: string, text: string): Finding[] {
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  );
  const lines = text.split("\n");
  const findings: Finding[] = [];
  const report = (node: ts.Node, kind: Finding["kind"]): void => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
    if (BOUNDED.test(lines[line] ?? "") || BOUNDED_LINE.test(lines[line - 1] ?? "")) return;
    findings.push({ line: line + 1, kind, text: (lines[line] ?? "").trim() });
  };

  // The enclosing functions, innermost last, to spot a call to oneself.
  const enclosing: { name: string; node: ts.Node }[] = [];
  // Calls between the file's named functions, for cycles through several of them.
  const defined = new Map<string, ts.Node>();
  const calls: { from: string; to: string; node: ts.Node }[] = [];
  // An explicit stack rather than recursion: this file would flag itself otherwise.
  type Step = { node: ts.Node; leave?: boolean };
  const stack: Step[] = [{ node: source }];
  while (stack.length) {
    const step = stack.pop()!;
    const node = step.node;
    const name = functionName(node);
    if (step.leave) {
      if (name !== null) enclosing.pop();
      continue;
    }
    if (name !== null) {
      if (name !== "" && !defined.has(name)) defined.set(name, node);
      enclosing.push({ name, node });
      stack.push({ node, leave: true });
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      for (const arg of node.arguments ?? [])
        if (ts.isSpreadElement(arg) && !ts.isArrayLiteralExpression(arg.expression))
          report(arg, "spread-argument");
      if (ts.isCallExpression(node)) {
        if (isArrayApply(node)) report(node, "apply-array");
        const callee = calleeName(node.expression);
        const self =
          callee === null || callee === "" ? undefined : enclosing.find((f) => f.name === callee);
        if (self && !boundedByDoc(self.node, text)) report(node, "self-recursion");
        const caller = [...enclosing].reverse().find((f) => f.name !== "");
        if (!self && callee && caller) calls.push({ from: caller.name, to: callee, node });
      }
    }
    const children: ts.Node[] = [];
    node.forEachChild((child) => {
      children.push(child);
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] });
  }
  const next = new Map<string, Set<string>>();
  for (const c of calls)
    if (defined.has(c.to)) next.set(c.from, (next.get(c.from) ?? new Set()).add(c.to));
  for (const c of calls) {
    if (!defined.has(c.to) || !reaches(next, c.to, c.from)) continue;
    if (boundedByDoc(defined.get(c.from)!, text) || boundedByDoc(defined.get(c.to)!, text))
      continue;
    report(c.node, "mutual-recursion");
  }
  return findings.sort((a, b) => a.line - b.line);
}

/** Whether `from` leads to `to` through the call graph (breadth first). */
function reaches(next: Map<string, Set<string>>, from: string, to: string): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length) {
    const at = queue.shift()!;
    if (at === to) return true;
    for (const n of next.get(at) ?? []) if (!seen.has(n)) (queue.push(n), seen.add(n));
  }
  return false;
}

/** The function's leading comments (its doc comment) say why its recursion is bounded. */
function boundedByDoc(fn: ts.Node, text: string): boolean {
  // A `const f = () => …` carries its comment on the variable statement.
  let at: ts.Node = fn;
  while (
    at.parent &&
    (ts.isVariableDeclaration(at.parent) ||
      ts.isVariableDeclarationList(at.parent) ||
      ts.isVariableStatement(at.parent))
  )
    at = at.parent;
  const ranges = ts.getLeadingCommentRanges(text, at.getFullStart()) ?? [];
  return ranges.some((r) => /bounded:\s*\S/.test(text.slice(r.pos, r.end)));
}

/**
 * How a function calls itself: `f` for declarations and `const f = (…) => …`,
 * `this.f` for methods; "" for anonymous ones (callbacks), null for other nodes.
 */
function functionName(node: ts.Node): string | null {
  if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) && node.name)
    return node.name.text;
  if (
    ts.isMethodDeclaration(node) &&
    (ts.isIdentifier(node.name) || ts.isPrivateIdentifier(node.name))
  )
    return `this.${node.name.text}`;
  if (
    (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) &&
    ts.isVariableDeclaration(node.parent) &&
    ts.isIdentifier(node.parent.name)
  )
    return node.parent.name.text;
  if (ts.isFunctionLike(node)) return "";
  return null;
}

/** `f(…)` → f; `this.f(…)` → this.f; anything else → null. */
function calleeName(expression: ts.Expression): string | null {
  if (ts.isIdentifier(expression)) return expression.text;
  if (
    ts.isPropertyAccessExpression(expression) &&
    expression.expression.kind === ts.SyntaxKind.ThisKeyword
  )
    return `this.${expression.name.text}`;
  return null;
}

/** `Math.max.apply(null, xs)`, `out.push.apply(out, xs)`, `Reflect.apply(f, t, xs)`. */
function isArrayApply(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const args = call.arguments;
  if (
    callee.name.text === "apply" &&
    ts.isIdentifier(callee.expression) &&
    callee.expression.text === "Reflect"
  )
    return args.length >= 3 && !ts.isArrayLiteralExpression(args[2]);
  if (callee.name.text !== "apply" || args.length < 2 || ts.isArrayLiteralExpression(args[1]))
    return false;
  const target = callee.expression;
  if (ts.isPropertyAccessExpression(target))
    return (
      APPLY_TARGETS.has(target.name.text) ||
      (ts.isPropertyAccessExpression(target.expression) &&
        target.expression.name.text === "prototype")
    );
  return false;
}
