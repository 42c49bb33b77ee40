/**
 * Small Int32Arrays for the caches a sentence keeps (clause segments, phrase starts), cut from
 * shared buffers. A typed array of more than 64 bytes with a buffer of its own costs an allocation
 * outside the heap and work in every collection that frees it; a view into a shared buffer costs
 * neither. A buffer lives as long as any view into it, so buffers are small.
 */
const bufferInts = 2048
/** Longer arrays get a buffer of their own, so one long sentence does not waste a shared buffer. */
const longestShared = 256

let buffer = new ArrayBuffer(bufferInts * 4)
/** Ints of `buffer` already handed out. */
let used = 0

/** A zero-filled Int32Array of `length`, usually a view into a shared buffer. */
export function smallInt32Array(length: number): Int32Array {
  if (length > longestShared) return new Int32Array(length)
  if (used + length > bufferInts) {
    buffer = new ArrayBuffer(bufferInts * 4)
    used = 0
  }
  const view = new Int32Array(buffer, used * 4, length)
  used += length
  return view
}
