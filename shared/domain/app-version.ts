/**
 * Compares two app versions ("1.4.2", "0.1.0-beta.3") by their numeric major.minor.patch; a
 * pre-release tag does not count. Negative when a is older, positive when newer, 0 when equal or
 * when either is not a version.
 */
export function compareAppVersions(a: string, b: string): number {
  const parse = (v: string): number[] | null => {
    const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(v.trim());
    return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
  };
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return 0;
  for (let i = 0; i < 3; i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
