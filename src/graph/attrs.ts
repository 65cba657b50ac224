/** TensorFlow AttrValue protos ⇄ IR attribute values. */
import type { ErrorCode } from '../errors.js';
import type { tf } from '../proto/index.js';
import { baseDtype, DT, dtypeByteSize, dtypeName, type DTypeName } from '../tensor/dtypes.js';
import { MAX_RANK } from '../tensor/limits.js';
import { tensorFromProto, TensorProtoError } from '../tensor/proto.js';
import { formatBytes } from '../util/format.js';
import type { AttrList, AttrValue, FuncRef } from './ir.js';

/** Constants are materialized in memory (a single value can be broadcast to a whole shape). */
const MAX_TENSOR_BYTES = 2 ** 31;

/**
 * An AttrValue that cannot be used: a dimension below -1, an absurd rank, a tensor whose bytes do not fit
 * its shape. `code` says whether the file is damaged or the value is merely beyond what mdeploy handles.
 * Callers add the node and the file (see Freezer).
 */
export class AttrError extends Error {
  constructor(
    message: string,
    readonly code: Extract<ErrorCode, 'E_PB_CORRUPT' | 'E_UNSUPPORTED_MODEL'> = 'E_PB_CORRUPT',
  ) {
    super(message);
  }
}

function dims(s: tf.ITensorShapeProto, minDim: number): number[] {
  const d = s.dim ?? [];
  if (d.length > MAX_RANK) throw new AttrError(`a shape has rank ${d.length}; TensorFlow allows at most ${MAX_RANK}`);
  return d.map((x) => {
    const n = Number(x.size ?? 0);
    if (!Number.isSafeInteger(n) || n < minDim) throw new AttrError(`a shape has dimension ${n}; dimensions are sizes${minDim < 0 ? ', or -1 for unknown' : ''}`);
    return n;
  });
}

function shapeAttr(s: tf.ITensorShapeProto | null | undefined): number[] | null {
  if (!s || s.unknownRank) return s ? null : [];
  return dims(s, -1);
}

function tensorAttr(p: tf.ITensorProto): ReturnType<typeof tensorFromProto> {
  const dtype = baseDtype(dtypeName(p.dtype ?? 0));
  const shape = p.tensorShape && !p.tensorShape.unknownRank ? dims(p.tensorShape, 0) : [];
  const elements = shape.reduce((n, d) => n * d, 1);
  const bytes = elements * (dtypeByteSize(dtype) ?? 8);
  if (bytes > MAX_TENSOR_BYTES) throw new AttrError(`a ${dtype}${JSON.stringify(shape)} tensor of ${formatBytes(bytes)} is more than mdeploy holds in memory (${formatBytes(MAX_TENSOR_BYTES)})`, 'E_UNSUPPORTED_MODEL');
  try {
    return tensorFromProto(p);
  } catch (err) {
    // Content that does not fit the shape, or a dtype with no host layout (RangeError: allocation failed).
    if (!(err instanceof TensorProtoError || err instanceof RangeError)) throw err;
    // A real dtype mdeploy cannot hold (DT_RESOURCE, DT_VARIANT) is unsupported; anything else is damage.
    const unsupported = dtype in DT && dtype !== 'DT_INVALID' && dtype !== 'DT_STRING' && dtypeByteSize(dtype) === undefined;
    throw new AttrError((err as Error).message, unsupported ? 'E_UNSUPPORTED_MODEL' : 'E_PB_CORRUPT');
  }
}

function funcRef(f: tf.INameAttrList): FuncRef {
  return { name: f.name ?? '', attrs: attrsFromProto(f.attr) };
}

function dt(v: number | null | undefined): DTypeName {
  return baseDtype(dtypeName(v ?? 0));
}

/** Decodes one AttrValue; `value` is a protobufjs oneof, so exactly one field is set. Throws AttrError. */
export function attrFromProto(a: tf.IAttrValue): AttrValue {
  const m = a as tf.AttrValue;
  switch (m.value) {
    case 'i':
      return { kind: 'i', value: Number(a.i) };
    case 'f':
      return { kind: 'f', value: a.f ?? 0 };
    case 'b':
      return { kind: 'b', value: !!a.b };
    case 's':
      return { kind: 's', value: (a.s as Uint8Array) ?? new Uint8Array(0) };
    case 'type':
      return { kind: 'type', value: dt(a.type) };
    case 'shape':
      return { kind: 'shape', value: shapeAttr(a.shape) };
    case 'tensor':
      return { kind: 'tensor', value: tensorAttr(a.tensor!) };
    case 'func':
      return { kind: 'func', value: funcRef(a.func!) };
    case 'placeholder':
      return { kind: 'placeholder', value: a.placeholder ?? '' };
    case 'list':
    default: {
      const l = a.list ?? {};
      const out: AttrList = {};
      if (l.i?.length) out.i = l.i.map(Number);
      if (l.f?.length) out.f = [...l.f];
      if (l.b?.length) out.b = [...l.b];
      if (l.s?.length) out.s = l.s as Uint8Array[];
      if (l.type?.length) out.type = l.type.map((t) => dt(t));
      if (l.shape?.length) out.shape = l.shape.map(shapeAttr);
      if (l.tensor?.length) out.tensor = l.tensor.map(tensorAttr);
      if (l.func?.length) out.func = l.func.map(funcRef);
      return { kind: 'list', value: out };
    }
  }
}

/** Decodes a node's attr map. Throws AttrError naming the attr. */
export function attrsFromProto(map: Record<string, tf.IAttrValue> | null | undefined): Record<string, AttrValue> {
  const out: Record<string, AttrValue> = {};
  for (const [k, v] of Object.entries(map ?? {})) {
    try {
      out[k] = attrFromProto(v);
    } catch (err) {
      if (err instanceof AttrError) throw new AttrError(`attr "${k}": ${err.message}`, err.code);
      throw err;
    }
  }
  return out;
}
