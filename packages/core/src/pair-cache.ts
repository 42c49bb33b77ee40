/**
 * A cache keyed by two objects: a value lives as long as both keys do. The ledger and the rules'
 * per-tree views memoise "once per tree and knowledge base" this way (what is worked out per token
 * list has its own memo, see `token-memo.ts`).
 *
 * The values hang from the first key itself (a hidden property) rather than from a WeakMap of
 * first keys: V8 keeps the value of a WeakMap entry whose key died young through the next young
 * collection, so every tree's ledger and views outlived the tree, and an editor re-linting on every
 * keystroke had them copied and promoted by its young collections (`node --trace-gc-nvp`).
 */
export class PairCache<A extends object, B extends object, V> {
  readonly #key = Symbol('claimlint.pairCache')
  /** First keys that cannot take a property (frozen or sealed objects). */
  readonly #fallback = new WeakMap<A, WeakMap<B, V>>()

  /** The value for `(a, b)`, made by `create` on first use. */
  get(a: A, b: B, create: () => V): V {
    let inner = (a as Record<symbol, WeakMap<B, V> | undefined>)[this.#key] ?? this.#fallback.get(a)
    if (!inner) {
      inner = new WeakMap()
      if (Object.isExtensible(a)) Object.defineProperty(a, this.#key, {value: inner, configurable: true, writable: true})
      else this.#fallback.set(a, inner)
    }
    let value = inner.get(b)
    if (value === undefined) {
      value = create()
      inner.set(b, value)
    }
    return value
  }
}
