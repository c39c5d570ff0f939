/**
 * Aho-Corasick automaton over skeleton tokens: finds every token occurring in a label in one pass.
 * Transitions live in one Map keyed by node * 0x10000 + UTF-16 unit (no Map per node: ~100k nodes stay small).
 */

const CP_SPACE = 0x10000;

export class TokenAutomaton {
  private readonly next = new Map<number, number>();
  private fail: Int32Array = new Int32Array(0);
  /** Output token ids per node (own and inherited through failure links), filled by build(). */
  private out: (number[] | undefined)[] = [undefined];
  private nodes = 1;
  private built = false;

  add(token: string, id: number): void {
    let s = 0;
    for (let i = 0; i < token.length; i++) {
      const key = s * CP_SPACE + token.charCodeAt(i);
      let nx = this.next.get(key);
      if (nx === undefined) {
        nx = this.nodes++;
        this.next.set(key, nx);
        this.out.push(undefined);
      }
      s = nx;
    }
    (this.out[s] ??= []).push(id);
    this.built = false;
  }

  private build(): void {
    const children: number[][] = Array.from({ length: this.nodes }, () => []);
    const labelOf = new Int32Array(this.nodes);
    for (const [key, nx] of this.next) {
      children[Math.floor(key / CP_SPACE)]?.push(nx);
      labelOf[nx] = key % CP_SPACE;
    }
    this.fail = new Int32Array(this.nodes);
    const queue: number[] = [...(children[0] ?? [])];
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi] as number;
      for (const nx of children[s] ?? []) {
        queue.push(nx);
        const cp = labelOf[nx] ?? 0;
        let f = this.fail[s] ?? 0;
        let target = this.next.get(f * CP_SPACE + cp);
        while (target === undefined && f !== 0) {
          f = this.fail[f] ?? 0;
          target = this.next.get(f * CP_SPACE + cp);
        }
        const fl = target !== undefined && target !== nx ? target : 0;
        this.fail[nx] = fl;
        const inherited = this.out[fl];
        if (inherited) this.out[nx] = [...(this.out[nx] ?? []), ...inherited];
      }
    }
    this.built = true;
  }

  /** Calls `hit(id, endIndexExclusive)` for every occurrence. */
  scan(text: string, hit: (id: number, end: number) => void): void {
    if (!this.built) this.build();
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const cp = text.charCodeAt(i);
      let nx = this.next.get(s * CP_SPACE + cp);
      while (nx === undefined && s !== 0) {
        s = this.fail[s] ?? 0;
        nx = this.next.get(s * CP_SPACE + cp);
      }
      s = nx ?? 0;
      const o = this.out[s];
      if (o) for (const id of o) hit(id, i + 1);
    }
  }

  get size(): number {
    return this.nodes;
  }
}
