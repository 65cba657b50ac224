/**
 * TensorFlow dtypes by their proto names ("DT_FLOAT"), which is how SignatureDefs, inspect's JSON and TF
 * Serving's metadata spell them. The numeric enum values are TensorFlow's (types.proto).
 */
export const DT = {
  DT_INVALID: 0,
  DT_FLOAT: 1,
  DT_DOUBLE: 2,
  DT_INT32: 3,
  DT_UINT8: 4,
  DT_INT16: 5,
  DT_INT8: 6,
  DT_STRING: 7,
  DT_COMPLEX64: 8,
  DT_INT64: 9,
  DT_BOOL: 10,
  DT_QINT8: 11,
  DT_QUINT8: 12,
  DT_QINT32: 13,
  DT_BFLOAT16: 14,
  DT_QINT16: 15,
  DT_QUINT16: 16,
  DT_UINT16: 17,
  DT_COMPLEX128: 18,
  DT_HALF: 19,
  DT_RESOURCE: 20,
  DT_VARIANT: 21,
  DT_UINT32: 22,
  DT_UINT64: 23,
} as const;
export type DTypeName = keyof typeof DT;

const BY_NUMBER = new Map<number, string>(Object.entries(DT).map(([k, v]) => [v, k]));

/** "DT_FLOAT" for 1, "DT_FLOAT_REF" for 101, and "DT_UNKNOWN_<n>" for values this table does not know. */
export function dtypeName(value: number | string | null | undefined): string {
  if (typeof value === 'string') return value;
  const v = value ?? 0;
  if (v > 100) {
    const base = BY_NUMBER.get(v - 100);
    return base ? `${base}_REF` : `DT_UNKNOWN_${v}`;
  }
  return BY_NUMBER.get(v) ?? `DT_UNKNOWN_${v}`;
}

/** The enum value for a name; accepts the `_REF` forms. */
export function dtypeValue(name: string): number {
  if (name.endsWith('_REF')) return dtypeValue(name.slice(0, -4)) + 100;
  const v = (DT as Record<string, number>)[name];
  if (v === undefined) throw new RangeError(`unknown dtype ${name}`);
  return v;
}

/** Strips the legacy reference-type suffix: a DT_FLOAT_REF variable holds DT_FLOAT values. */
export function baseDtype(name: string): DTypeName {
  return (name.endsWith('_REF') ? name.slice(0, -4) : name) as DTypeName;
}

const BYTE_SIZE: Partial<Record<DTypeName, number>> = {
  DT_FLOAT: 4,
  DT_DOUBLE: 8,
  DT_INT32: 4,
  DT_UINT8: 1,
  DT_INT16: 2,
  DT_INT8: 1,
  DT_COMPLEX64: 8,
  DT_INT64: 8,
  DT_BOOL: 1,
  DT_QINT8: 1,
  DT_QUINT8: 1,
  DT_QINT32: 4,
  DT_BFLOAT16: 2,
  DT_QINT16: 2,
  DT_QUINT16: 2,
  DT_UINT16: 2,
  DT_COMPLEX128: 16,
  DT_HALF: 2,
  DT_UINT32: 4,
  DT_UINT64: 8,
};

/** Bytes per element for fixed-size dtypes; undefined for strings, resources and variants. */
export function dtypeByteSize(name: string): number | undefined {
  return BYTE_SIZE[baseDtype(name)];
}

/** complex64 and complex128: each element a (real, imag) pair of float32 or float64. */
export function isComplexDtype(name: string): boolean {
  const dt = baseDtype(name);
  return dt === 'DT_COMPLEX64' || dt === 'DT_COMPLEX128';
}

/**
 * Numbers a host tensor holds per element: 2 for complex (real and imaginary part), else 1. A tensor's typed
 * array is numElements(shape) × this long.
 */
export function valuesPerElement(name: string): 1 | 2 {
  return isComplexDtype(name) ? 2 : 1;
}

export function isFloatDtype(name: string): boolean {
  return ['DT_FLOAT', 'DT_DOUBLE', 'DT_HALF', 'DT_BFLOAT16'].includes(baseDtype(name));
}

export function isIntegerDtype(name: string): boolean {
  return ['DT_INT8', 'DT_INT16', 'DT_INT32', 'DT_INT64', 'DT_UINT8', 'DT_UINT16', 'DT_UINT32', 'DT_UINT64'].includes(baseDtype(name));
}

/** TensorFlow's own short name of a dtype (DataTypeString: "float", "int64", "half"), as its errors print it. */
export function tfDtypeString(name: string): string {
  const dt = baseDtype(name);
  const special: Partial<Record<DTypeName, string>> = { DT_FLOAT: 'float', DT_HALF: 'half', DT_BFLOAT16: 'bfloat16' };
  return special[dt] ?? dt.slice(3).toLowerCase();
}
