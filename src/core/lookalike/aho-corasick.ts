/** Aho-Corasick automaton over ASCII-ish skeleton tokens: finds every token occurring in a label in one pass. */

interface Node { next: Map<string, number>; fail: number; out: number[] }

export class TokenAutomaton {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  private built = false;

  add(token: string, id: number): void {
    let s = 0;
    for (const ch of token) {
      const node = this.nodes[s] as Node;
      let nx = node.next.get(ch);
      if (nx === undefined) {
        nx = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [] });
        node.next.set(ch, nx);
      }
      s = nx;
    }
    (this.nodes[s] as Node).out.push(id);
    this.built = false;
  }

  private build(): void {
    const queue: number[] = [];
    for (const nx of (this.nodes[0] as Node).next.values()) queue.push(nx);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi] as number;
      const node = this.nodes[s] as Node;
      for (const [ch, nx] of node.next) {
        queue.push(nx);
        let f = node.fail;
        while (f !== 0 && !(this.nodes[f] as Node).next.has(ch)) f = (this.nodes[f] as Node).fail;
        const target = (this.nodes[f] as Node).next.get(ch);
        const child = this.nodes[nx] as Node;
        child.fail = target !== undefined && target !== nx ? target : 0;
        child.out.push(...(this.nodes[child.fail] as Node).out);
      }
    }
    this.built = true;
  }

  /** Calls `hit(id, endIndexExclusive)` for every occurrence. */
  scan(text: string, hit: (id: number, end: number) => void): void {
    if (!this.built) this.build();
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      let node = this.nodes[s] as Node;
      while (s !== 0 && !node.next.has(ch)) {
        s = node.fail;
        node = this.nodes[s] as Node;
      }
      s = node.next.get(ch) ?? 0;
      for (const id of (this.nodes[s] as Node).out) hit(id, i + 1);
    }
  }

  get size(): number {
    return this.nodes.length;
  }
}
