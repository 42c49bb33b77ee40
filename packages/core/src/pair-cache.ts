/**
 * A cache keyed by two objects and held weakly: a value lives as long as both keys do. The
 * ledger, sentence grading and the rules' per-tree views all memoise "once per tree (or token
 * list) and knowledge base" this way.
 */
export class PairCache<A extends object, B extends object, V> {
  readonly #values = new WeakMap<A, WeakMap<B, V>>()

  /** The value for `(a, b)`, made by `create` on first use. */
  get(a: A, b: B, create: () => V): V {
    let inner = this.#values.get(a)
    if (!inner) {
      inner = new WeakMap()
      this.#values.set(a, inner)
    }
    let value = inner.get(b)
    if (value === undefined) {
      value = create()
      inner.set(b, value)
    }
    return value
  }
}
