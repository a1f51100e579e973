/**
 * Collects little-endian float32 PCM from arbitrary byte chunks (a sample may straddle two) into
 * one growing Float32Array, copying each byte once.
 */
export class PcmBuffer {
  private samples: Float32Array;
  private bytes: Uint8Array;
  private byteLength = 0;

  constructor(expectedSamples: number) {
    this.samples = new Float32Array(Math.max(16_000, expectedSamples));
    this.bytes = new Uint8Array(this.samples.buffer);
  }

  append(chunk: Uint8Array): void {
    if (this.byteLength + chunk.length > this.bytes.length) {
      const grown = new Float32Array(
        Math.max(this.samples.length * 2, Math.ceil((this.byteLength + chunk.length) / 4)),
      );
      new Uint8Array(grown.buffer).set(this.bytes.subarray(0, this.byteLength));
      this.samples = grown;
      this.bytes = new Uint8Array(grown.buffer);
    }
    this.bytes.set(chunk, this.byteLength);
    this.byteLength += chunk.length;
  }

  /** Whole samples so far (a trailing partial sample is left out). */
  get length(): number {
    return Math.floor(this.byteLength / 4);
  }

  view(): Float32Array {
    return this.samples.subarray(0, this.length);
  }
}
