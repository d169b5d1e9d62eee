export type Quantity = 'length' | 'mass' | 'temperature';

interface Unit {
  quantity: Quantity;
  toBase: (v: number) => number;
  fromBase: (v: number) => number;
}

const linear = (quantity: Quantity, factor: number): Unit => ({
  quantity,
  toBase: (v) => v * factor,
  fromBase: (v) => v / factor,
});

export const units: Record<string, Unit> = {
  m: linear('length', 1),
  km: linear('length', 1000),
  mi: linear('length', 1609.344),
  ft: linear('length', 0.3048),
  kg: linear('mass', 1),
  lb: linear('mass', 0.45359237),
  c: { quantity: 'temperature', toBase: (v) => v, fromBase: (v) => v },
  f: { quantity: 'temperature', toBase: (v) => (v - 32) * 5 / 9, fromBase: (v) => v * 9 / 5 + 32 },
};

export function convert(value: number, from: string, to: string): number {
  const a = units[from];
  const b = units[to];
  if (!a || !b) throw new Error(`unknown unit ${!a ? from : to}`);
  if (a.quantity !== b.quantity) throw new Error(`cannot convert ${a.quantity} to ${b.quantity}`);
  return b.fromBase(a.toBase(value));
}
