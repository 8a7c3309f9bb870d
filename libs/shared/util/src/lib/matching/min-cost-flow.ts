/**
 * Exact maximum-weight bipartite b-matching as min-cost flow (cost = −gain), solved by successive
 * shortest paths: Dijkstra on reduced costs with node potentials (Johnson), one unit per augmentation.
 * Path costs never decrease from one augmentation to the next, so stopping at the first path that no
 * longer has a negative cost leaves the flow of maximum total gain (not maximum cardinality).
 *
 * Network: source → left i (capacity leftCapacity[i]) → right j (capacity 1 per edge) → sink
 * (capacity 1 per right node). Gains must be integers ≥ 0 (callers quantise), so ties are exact and no
 * floating-point epsilon decides anything; their sums must stay below 2^53.
 */
export interface BMatchingProblem {
  leftCapacity: readonly number[];
  rightCount: number;
  edges: readonly { left: number; right: number; gain: number }[];
}

/** Min-heap of (distance, node); ties go to the lower node index, which makes every run identical. */
class NodeHeap {
  private keys = new Float64Array(1024);
  private nodes = new Int32Array(1024);
  size = 0;

  private before(a: number, b: number): boolean {
    return (
      this.keys[a] < this.keys[b] ||
      (this.keys[a] === this.keys[b] && this.nodes[a] < this.nodes[b])
    );
  }

  private swap(a: number, b: number): void {
    const k = this.keys[a];
    this.keys[a] = this.keys[b];
    this.keys[b] = k;
    const n = this.nodes[a];
    this.nodes[a] = this.nodes[b];
    this.nodes[b] = n;
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    let i = this.size++;
    this.keys[i] = key;
    this.nodes[i] = node;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes the minimum; read it first with topKey/topNode. */
  pop(): void {
    this.size -= 1;
    this.keys[0] = this.keys[this.size];
    this.nodes[0] = this.nodes[this.size];
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const c = l + 1 < this.size && this.before(l + 1, l) ? l + 1 : l;
      if (!this.before(c, i)) break;
      this.swap(c, i);
      i = c;
    }
  }

  topKey(): number {
    return this.keys[0];
  }

  topNode(): number {
    return this.nodes[0];
  }
}

/** Returns the indices (into `edges`, ascending) of the chosen edges. */
export function solveMaxWeightBMatching(problem: BMatchingProblem): number[] {
  const { leftCapacity, rightCount, edges } = problem;
  const leftCount = leftCapacity.length;
  const source = 0;
  const sink = leftCount + rightCount + 1;
  const nodeCount = sink + 1;
  const right = (j: number) => leftCount + 1 + j;

  // Arc 2a is forward, 2a+1 its residual twin. Arcs: source→left, left→right (one per edge), right→sink.
  const arcCount = 2 * (leftCount + edges.length + rightCount);
  const to = new Int32Array(arcCount);
  const from = new Int32Array(arcCount);
  const capacity = new Int32Array(arcCount);
  const cost = new Float64Array(arcCount);
  let next = 0;
  const addArc = (u: number, v: number, cap: number, c: number) => {
    from[next] = u;
    to[next] = v;
    capacity[next] = cap;
    cost[next] = c;
    from[next + 1] = v;
    to[next + 1] = u;
    capacity[next + 1] = 0;
    cost[next + 1] = -c;
    next += 2;
  };
  for (let i = 0; i < leftCount; i++) addArc(source, i + 1, Math.max(0, leftCapacity[i]), 0);
  const firstEdgeArc = next;
  for (const e of edges) {
    if (!Number.isInteger(e.gain) || e.gain < 0) throw new RangeError('Gains must be integers ≥ 0');
    addArc(e.left + 1, right(e.right), 1, -e.gain);
  }
  for (let j = 0; j < rightCount; j++) addArc(right(j), sink, 1, 0);

  // Adjacency in compressed rows (arcs leaving each node), kept in arc order.
  const start = new Int32Array(nodeCount + 1);
  for (let a = 0; a < arcCount; a++) start[from[a] + 1] += 1;
  for (let u = 0; u < nodeCount; u++) start[u + 1] += start[u];
  const adjacency = new Int32Array(arcCount);
  const fill = start.slice(0, nodeCount);
  for (let a = 0; a < arcCount; a++) adjacency[fill[from[a]]++] = a;

  // Initial potentials = shortest distances in the (acyclic) starting network, so reduced costs are ≥ 0.
  const potential = new Float64Array(nodeCount);
  for (const e of edges) {
    potential[right(e.right)] = Math.min(potential[right(e.right)], -e.gain);
  }
  for (let j = 0; j < rightCount; j++) {
    potential[sink] = Math.min(potential[sink], potential[right(j)]);
  }

  const distance = new Float64Array(nodeCount);
  const settled = new Uint8Array(nodeCount);
  const viaArc = new Int32Array(nodeCount);
  const heap = new NodeHeap();
  for (;;) {
    distance.fill(Infinity);
    settled.fill(0);
    heap.size = 0;
    distance[source] = 0;
    heap.push(0, source);
    while (heap.size > 0) {
      const u = heap.topNode();
      const d = heap.topKey();
      heap.pop();
      if (settled[u] || d > distance[u]) continue;
      settled[u] = 1;
      if (u === sink) break; // stop early: only the path to the sink is needed
      for (let k = start[u]; k < start[u + 1]; k++) {
        const a = adjacency[k];
        if (capacity[a] === 0) continue;
        const v = to[a];
        const nd = d + cost[a] + potential[u] - potential[v];
        if (nd < distance[v]) {
          distance[v] = nd;
          viaArc[v] = a;
          heap.push(nd, v);
        }
      }
    }
    if (!settled[sink]) break;
    const reached = distance[sink];
    const pathCost = reached + potential[sink] - potential[source];
    if (pathCost >= 0) break; // the next assignment would not raise the total gain
    // Nodes not settled get the sink's distance: keeps every reduced cost ≥ 0 after an early stop.
    for (let u = 0; u < nodeCount; u++) potential[u] += Math.min(distance[u], reached);
    for (let v = sink; v !== source; v = from[viaArc[v]]) {
      capacity[viaArc[v]] -= 1;
      capacity[viaArc[v] ^ 1] += 1;
    }
  }

  const chosen: number[] = [];
  for (let i = 0; i < edges.length; i++) {
    if (capacity[firstEdgeArc + 2 * i] === 0) chosen.push(i);
  }
  return chosen;
}
