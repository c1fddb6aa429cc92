// Across files: skills whose required dependencies lead back to themselves can never be loaded.
import { type Diagnostic, diagnostic } from "../../diagnostic/diagnostic.js";
import { type ElementUnderCheck, entries, text } from "./rule-context.js";

interface Edge {
  to: string;
  index: number;
}

export function dependencyCycleDiagnostics(elements: readonly ElementUnderCheck[]): Diagnostic[] {
  const skills = elements.filter((e) => e.metadata.type === "skill");
  const graph = new Map<string, Edge[]>();
  for (const skill of skills) {
    const edges = graph.get(skill.metadata.id) ?? [];
    entries(skill.data.dependencies).forEach((dep, index) => {
      const to = text(dep, "skill_id");
      if (to !== undefined && dep.required === true) edges.push({ to, index });
    });
    graph.set(skill.metadata.id, edges);
  }
  const component = stronglyConnected(graph);
  const out: Diagnostic[] = [];
  for (const skill of skills) {
    const id = skill.metadata.id;
    const mine = component.get(id);
    if (mine === undefined) continue;
    for (const edge of graph.get(id) ?? []) {
      if (component.get(edge.to) !== mine) continue;
      const cycle = [id, ...pathBack(graph, component, edge.to, id)];
      out.push(
        diagnostic(
          skill.source.file,
          skill.source.locate(["data", "dependencies", edge.index, "skill_id"], "value"),
          "error",
          "skill/dependency-cycle",
          `the required dependency on "${edge.to}" closes a cycle: ${cycle.join(" → ")}; make one of these dependencies optional (required: false)`,
        ),
      );
      break; // one report per skill: the cycle is one problem, each file in it can break it
    }
  }
  return out;
}

/** Component number of every node on a cycle (Tarjan, iterative so long chains cannot overflow the stack). */
function stronglyConnected(graph: ReadonlyMap<string, readonly Edge[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result = new Map<string, number>();
  let counter = 0;
  let components = 0;
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (!frame) break;
      const edges = graph.get(frame.node) ?? [];
      const edge = edges[frame.next++];
      if (edge) {
        if (!graph.has(edge.to)) continue;
        if (!index.has(edge.to)) {
          index.set(edge.to, counter);
          low.set(edge.to, counter++);
          stack.push(edge.to);
          onStack.add(edge.to);
          work.push({ node: edge.to, next: 0 });
        } else if (onStack.has(edge.to)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(edge.to) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const members: string[] = [];
      for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        onStack.delete(top);
        members.push(top);
        if (top === frame.node) break;
      }
      const selfLoop = edges.some((e) => e.to === frame.node);
      if (members.length > 1 || selfLoop) {
        for (const m of members) result.set(m, components);
        components++;
      }
    }
  }
  return result;
}

/** Shortest path from `from` to `to` inside one component (breadth first), both ends included. */
function pathBack(
  graph: ReadonlyMap<string, readonly Edge[]>,
  component: ReadonlyMap<string, number>,
  from: string,
  to: string,
): string[] {
  const previous = new Map<string, string | undefined>([[from, undefined]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    if (node === undefined) break;
    if (node === to) break;
    for (const edge of graph.get(node) ?? []) {
      if (previous.has(edge.to) || component.get(edge.to) !== component.get(from)) continue;
      previous.set(edge.to, node);
      queue.push(edge.to);
    }
  }
  // Pushed and reversed: unshift per step would make a long cycle cubic over its members.
  const path: string[] = [];
  for (let at: string | undefined = to; at !== undefined; at = previous.get(at)) path.push(at);
  return path.reverse();
}
