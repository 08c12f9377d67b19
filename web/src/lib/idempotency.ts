// Idempotency keys for POST creates: a retry of the same submission (same body) reuses the key so the server
// replays the first answer instead of creating a duplicate; a changed body gets a fresh key.

export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  // randomUUID needs a secure context; getRandomValues does not.
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export class IdempotencyKeeper {
  private key: string | null = null;
  private body: string | null = null;
  constructor(private readonly generate: () => string = newIdempotencyKey) {}

  /** The key to send with this body. */
  keyFor(body: unknown): string {
    const json = JSON.stringify(body);
    if (this.key === null || json !== this.body) {
      this.key = this.generate();
      this.body = json;
    }
    return this.key;
  }

  /** Call after a success so the next submission is a new create. */
  reset(): void {
    this.key = null;
    this.body = null;
  }
}
