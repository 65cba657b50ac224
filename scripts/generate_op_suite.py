#!/usr/bin/env python3
"""Writes mdeploy's per-op test suite: one tiny tf.function per TF op (or op variant), saved as a SavedModel,
with reference inputs and the outputs real TensorFlow computes for them.

The idea is tf2onnx's tests/test_backend.py (one small graph per op and attribute variant, run by the backend
and compared with TensorFlow); the cases and code are mdeploy's own. For each case it writes
`<out>/<case>/1/` (a SavedModel) and `<out>/<case>/golden.json` in the corpus' golden format
(scripts/generate_corpus.py's tensor_json) plus:
  - key: a hash of the case's source, parameters and inputs; a rerun keeps cases whose key is unchanged;
  - ops: every op type in the traced graph and its function library (what the case exercises);
  - tolerance: {atol, rtol} when the case needs looser bounds than the converter's default;
  - onnx_opset: the opset the ONNX target exports this case at, when not the default.
test/integration/op-suite.integration.test.ts converts each case with every target and compares.

Usage: generate_op_suite.py [--out test/op-suite] [--only substring,substring] [--force]
"""
import argparse
import hashlib
import inspect
import json
import os
import shutil
import sys
import time
import zlib

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")  # deterministic reference numbers

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

tf.get_logger().setLevel("ERROR")  # one tf.function per case retraces by design

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate_corpus import tensor_json  # noqa: E402  - the corpus' golden tensor format

FORMAT_VERSION = 1  # bump when a shared helper below changes what the cases compute

CASES = []


class Rng:
    """Per-case random data, seeded from the case name so adding a case never changes another's inputs."""

    def __init__(self, name):
        self.g = np.random.default_rng(zlib.crc32(name.encode()))

    def f(self, *shape, lo=None, hi=None, dtype=np.float32):
        if lo is None:
            return self.g.standard_normal(shape).astype(dtype)
        return self.g.uniform(lo, hi, shape).astype(dtype)

    def i(self, *shape, lo=-5, hi=6, dtype=np.int32):
        return self.g.integers(lo, hi, size=shape).astype(dtype)

    def b(self, *shape):
        return self.g.integers(0, 2, size=shape).astype(bool)

    def nonzero(self, *shape, dtype=np.float32):
        """Values away from 0 (safe divisors, no sign ambiguity)."""
        v = self.g.uniform(0.5, 2.0, shape) * self.g.choice([-1.0, 1.0], shape)
        return v.astype(dtype)


def case(name, build, params=None, tol=None, dynamic=None, opset=None, sources=()):
    """Registers a case. build(rng) -> (inputs, fn) or (inputs, fn, reference).

    inputs: dict name -> ndarray, or a list of such dicts (several runs, e.g. batch sizes of a dynamic dim).
    reference: an equivalent fn TensorFlow's CPU kernels can run, for layouts they lack (NCHW convolutions and
    pooling): the SavedModel keeps fn's ops, TensorFlow computes the golden with reference (see nchw_via_nhwc).
    dynamic: "batch" (dim 0 of every input unknown), "all" (every dim unknown), "rank" (unknown rank) or a
    dict input -> shape with None. params: what tells loop-generated cases apart (part of the case key).
    """
    CASES.append(dict(name=name, build=build, params=params, tol=tol, dynamic=dynamic, opset=opset, sources=(build, *sources)))


def simple(name, fn, make_inputs, ref=None, **kw):
    """A case from a fn and an input maker (rng -> inputs)."""
    case(name, lambda r: (make_inputs(r), fn, ref), sources=(fn, make_inputs, ref), **kw)


def nchw_via_nhwc(fn_nhwc):
    """TF's own NHWC kernel on transposed data, the reference for an NCHW op (TF's CPU kernels refuse NCHW)."""
    def ref(x, *rest):
        out = fn_nhwc(tf.transpose(x, [0, 2, 3, 1]), *rest)
        return tf.transpose(out, [0, 3, 1, 2])
    return ref


C = tf.constant


# ----------------------------------------------------------------------------------------------------------
# elementwise unary

UNARY = [
    # name, fn, input range (None: standard normal), tolerance
    ("Abs", tf.abs, None), ("Neg", tf.negative, None), ("Sign", tf.sign, None), ("Square", tf.square, None),
    ("Ceil", tf.math.ceil, (-3, 3)), ("Floor", tf.math.floor, (-3, 3)), ("Round", tf.math.round, (-3, 3)),
    ("Exp", tf.exp, (-3, 3)), ("Expm1", tf.math.expm1, (-3, 3)), ("Log", tf.math.log, (0.1, 5)),
    ("Log1p", tf.math.log1p, (-0.5, 5)), ("Sqrt", tf.sqrt, (0.1, 5)), ("Rsqrt", tf.math.rsqrt, (0.1, 5)),
    ("Reciprocal", tf.math.reciprocal, (0.5, 3)), ("Inv", lambda x: tf.raw_ops.Inv(x=x), (0.5, 3)),
    ("Sin", tf.sin, None), ("Cos", tf.cos, None), ("Tan", tf.tan, (-1.2, 1.2)),
    ("Asin", tf.asin, (-0.95, 0.95)), ("Acos", tf.acos, (-0.95, 0.95)), ("Atan", tf.atan, None),
    ("Sinh", tf.sinh, (-3, 3)), ("Cosh", tf.cosh, (-3, 3)), ("Tanh", tf.tanh, None),
    ("Asinh", tf.asinh, None), ("Acosh", tf.acosh, (1.05, 5)), ("Atanh", tf.atanh, (-0.95, 0.95)),
    ("Erf", tf.math.erf, None), ("Erfc", tf.math.erfc, None),
    ("Sigmoid", tf.sigmoid, None), ("Softplus", tf.nn.softplus, None), ("Softsign", tf.nn.softsign, None),
    ("Relu", tf.nn.relu, None), ("Relu6", tf.nn.relu6, (-8, 8)), ("Elu", tf.nn.elu, None), ("Selu", tf.nn.selu, None),
]
for _op, _fn, _range in UNARY:
    simple(f"unary_{_op}", lambda x, _fn=_fn: _fn(x),
           (lambda r, _range=_range: {"x": r.f(2, 3, 4) if _range is None else r.f(2, 3, 4, lo=_range[0], hi=_range[1])}),
           params=[_op, _range])

simple("unary_LeakyRelu_alpha", lambda x: tf.nn.leaky_relu(x, alpha=0.3), lambda r: {"x": r.f(2, 3, 4)})
simple("unary_ClipByValue", lambda x: tf.raw_ops.ClipByValue(t=x, clip_value_min=C(-0.5), clip_value_max=C(0.7)), lambda r: {"x": r.f(2, 3, 4)})
simple("unary_clip_by_value_minmax", lambda x: tf.clip_by_value(x, -0.5, 0.7), lambda r: {"x": r.f(2, 3, 4)})
simple("unary_Neg_int32", lambda x: -x, lambda r: {"x": r.i(2, 3)})
simple("unary_Abs_int32", tf.abs, lambda r: {"x": r.i(2, 3)})
simple("unary_Square_int32", tf.square, lambda r: {"x": r.i(2, 3)})
simple("unary_Sign_int32", tf.sign, lambda r: {"x": r.i(2, 3)})


def special_values(r):
    return {"x": np.array([[1.0, -np.inf, np.inf, np.nan], [0.0, -2.5, np.nan, 3.0]], np.float32)}


simple("unary_IsNan", tf.math.is_nan, special_values)
simple("unary_IsInf", tf.math.is_inf, special_values)
simple("unary_IsFinite", tf.math.is_finite, special_values)
simple("unary_dynamic_Exp", tf.exp, lambda r: [{"x": r.f(2, 3, lo=-2, hi=2)}, {"x": r.f(5, 3, lo=-2, hi=2)}], dynamic="batch")
simple("unary_unknown_rank_Relu", tf.nn.relu, lambda r: [{"x": r.f(2, 3)}, {"x": r.f(4)}], dynamic="rank")

# ----------------------------------------------------------------------------------------------------------
# elementwise binary, with broadcasting

BINARY = [
    ("AddV2", lambda a, b: a + b, "any"), ("Add", lambda a, b: tf.raw_ops.Add(x=a, y=b), "any"),
    ("Sub", lambda a, b: a - b, "any"), ("Mul", lambda a, b: a * b, "any"),
    ("RealDiv", lambda a, b: a / b, "nonzero"), ("Div", lambda a, b: tf.raw_ops.Div(x=a, y=b), "nonzero"),
    ("DivNoNan", tf.math.divide_no_nan, "zeros"), ("FloorDiv", lambda a, b: a // b, "nonzero"),
    ("FloorMod", lambda a, b: a % b, "nonzero"), ("Mod", lambda a, b: tf.raw_ops.Mod(x=a, y=b), "nonzero"),
    ("Maximum", tf.maximum, "any"), ("Minimum", tf.minimum, "any"), ("Pow", tf.pow, "pow"),
    ("SquaredDifference", tf.math.squared_difference, "any"), ("Atan2", tf.atan2, "any"),
]
SHAPES = {"same": ((2, 3, 4), (2, 3, 4)), "bcast_row": ((2, 3, 4), (4,)), "bcast_both": ((2, 1, 4), (3, 1)), "scalar": ((2, 3), ())}


def binary_inputs(kind, sa, sb, dtype="f32"):
    def make(r):
        if dtype == "i32":
            a = r.i(*sa, lo=-9, hi=10)
            b = r.i(*sb, lo=1, hi=5) * np.where(r.b(*sb), 1, -1).astype(np.int32) if kind == "nonzero" else r.i(*sb, lo=-9, hi=10)
            return {"a": a, "b": np.asarray(b, np.int32)}
        if kind == "pow":
            return {"a": r.f(*sa, lo=0.2, hi=3.0), "b": r.f(*sb, lo=-2.0, hi=2.0)}
        if kind == "nonzero":
            return {"a": r.f(*sa) * 3, "b": r.nonzero(*sb)}
        if kind == "zeros":
            b = r.f(*sb)
            if b.ndim:
                b[r.b(*sb)] = 0  # divide_no_nan's point: x / 0 is 0
            return {"a": r.f(*sa), "b": b}
        return {"a": r.f(*sa), "b": r.f(*sb)}
    return make


for _op, _fn, _kind in BINARY:
    for _sk, (_sa, _sb) in SHAPES.items():
        if _sk != "same" and _op in ("Add", "Div", "Mod", "Atan2"):
            continue
        simple(f"binary_{_op}_{_sk}", _fn, binary_inputs(_kind, _sa, _sb), params=[_op, _kind, _sk],
               tol={"atol": 1e-4, "rtol": 1e-4} if _op in ("Pow", "FloorMod", "Mod") else None)
for _op, _fn, _kind in BINARY:
    if _op in ("RealDiv", "Pow", "Atan2", "DivNoNan"):
        continue
    simple(f"binary_{_op}_int32", _fn, binary_inputs(_kind, (2, 3, 4), (3, 1), "i32"), params=[_op, _kind, "i32"])
simple("binary_BitwiseAnd", tf.bitwise.bitwise_and, lambda r: {"a": r.i(2, 5, lo=0, hi=64), "b": r.i(5, lo=0, hi=64)})
simple("binary_AddV2_dynamic", lambda a, b: a + b, lambda r: [{"a": r.f(2, 4), "b": r.f(1, 4)}, {"a": r.f(3, 4), "b": r.f(3, 4)}], dynamic="batch")
simple("binary_Mul_float64", lambda a, b: a * b, lambda r: {"a": r.f(2, 3, dtype=np.float64), "b": r.f(3, dtype=np.float64)})
simple("binary_AddV2_int64", lambda a, b: a + b, lambda r: {"a": r.i(2, 3, dtype=np.int64), "b": r.i(3, dtype=np.int64)})
simple("AddN", lambda a, b, c: tf.math.add_n([a, b, c]), lambda r: {"a": r.f(2, 3), "b": r.f(2, 3), "c": r.f(2, 3)})

# comparisons, logical ops, select
for _name, _fn in [("Equal", tf.equal), ("NotEqual", tf.not_equal), ("Greater", tf.greater), ("GreaterEqual", tf.greater_equal),
                   ("Less", tf.less), ("LessEqual", tf.less_equal)]:
    simple(f"compare_{_name}_int32", _fn, lambda r: {"a": r.i(2, 3, 4, lo=-2, hi=3), "b": r.i(4, lo=-2, hi=3)}, params=[_name])
    simple(f"compare_{_name}_float", _fn, lambda r: {"a": np.round(r.f(2, 3, 4)), "b": np.round(r.f(3, 1))}, params=[_name])
simple("compare_Equal_bool", tf.equal, lambda r: {"a": r.b(2, 3), "b": r.b(2, 3)})
simple("logical_And", tf.logical_and, lambda r: {"a": r.b(2, 3, 4), "b": r.b(4)})
simple("logical_Or", tf.logical_or, lambda r: {"a": r.b(2, 3, 4), "b": r.b(3, 1)})
simple("logical_Not", tf.logical_not, lambda r: {"a": r.b(2, 3)})
simple("select_SelectV2_bcast", tf.where, lambda r: {"c": r.b(2, 1, 4), "x": r.f(2, 3, 4), "y": r.f(3, 1)})
simple("select_SelectV2_same", tf.where, lambda r: {"c": r.b(2, 3), "x": r.f(2, 3), "y": r.f(2, 3)})
simple("select_Select_rows", lambda c, x, y: tf.raw_ops.Select(condition=c, x=x, y=y), lambda r: {"c": r.b(3), "x": r.f(3, 4), "y": r.f(3, 4)})
simple("select_Select_same", lambda c, x, y: tf.raw_ops.Select(condition=c, x=x, y=y), lambda r: {"c": r.b(3, 4), "x": r.f(3, 4), "y": r.f(3, 4)})
simple("where_indices", lambda c: tf.where(c), lambda r: {"c": r.b(3, 4)})
simple("where_indices_float", lambda x: tf.where(x > 0), lambda r: {"x": r.f(2, 3, 2)})

# ----------------------------------------------------------------------------------------------------------
# reductions

REDUCE = [("Sum", tf.reduce_sum), ("Mean", tf.reduce_mean), ("Max", tf.reduce_max), ("Min", tf.reduce_min),
          ("Prod", tf.reduce_prod), ("EuclideanNorm", tf.math.reduce_euclidean_norm)]
for _op, _fn in REDUCE:
    for _axes, _tag in [(1, "ax1"), ([0, 2], "ax02"), (-1, "axneg"), (None, "all")]:
        for _keep in (False, True):
            if _tag == "all" and _keep:
                continue
            simple(f"reduce_{_op}_{_tag}{'_keep' if _keep else ''}", lambda x, _fn=_fn, _axes=_axes, _keep=_keep: _fn(x, axis=_axes, keepdims=_keep),
                   lambda r: {"x": r.f(2, 3, 4, lo=0.5, hi=1.5)}, params=[_op, _axes, _keep], tol={"atol": 1e-5, "rtol": 1e-4})
simple("reduce_Sum_int32", lambda x: tf.reduce_sum(x, axis=1), lambda r: {"x": r.i(3, 4)})
simple("reduce_Max_int32_keep", lambda x: tf.reduce_max(x, axis=0, keepdims=True), lambda r: {"x": r.i(3, 4)})
simple("reduce_Mean_dynamic", lambda x: tf.reduce_mean(x, axis=[1, 2]), lambda r: [{"x": r.f(2, 3, 4)}, {"x": r.f(1, 5, 2)}], dynamic="all")
simple("reduce_All", lambda x: tf.reduce_all(x, axis=1), lambda r: {"x": r.b(3, 4)})
simple("reduce_Any_keep", lambda x: tf.reduce_any(x, axis=[0, 1], keepdims=True), lambda r: {"x": r.b(3, 4, 2)})
for _op, _fn in [("ArgMax", tf.argmax), ("ArgMin", tf.argmin)]:
    simple(f"{_op}_ax1", lambda x, _fn=_fn: _fn(x, axis=1), lambda r: {"x": r.f(3, 5, 2)}, params=[_op])
    simple(f"{_op}_axneg_int32out", lambda x, _fn=_fn: _fn(x, axis=-1, output_type=tf.int32), lambda r: {"x": r.f(3, 5)}, params=[_op])
    simple(f"{_op}_int32_input", lambda x, _fn=_fn: _fn(x, axis=0), lambda r: {"x": r.g.permutation(12).reshape(3, 4).astype(np.int32)}, params=[_op])

# cumulative
for _ex in (False, True):
    for _rev in (False, True):
        simple(f"Cumsum{'_exclusive' if _ex else ''}{'_reverse' if _rev else ''}", lambda x, _ex=_ex, _rev=_rev: tf.cumsum(x, axis=1, exclusive=_ex, reverse=_rev),
               lambda r: {"x": r.f(2, 5)}, params=[_ex, _rev])
simple("Cumsum_axis0_int32", lambda x: tf.cumsum(x, axis=0), lambda r: {"x": r.i(4, 3)})
simple("Cumprod", lambda x: tf.math.cumprod(x, axis=1), lambda r: {"x": r.f(2, 5, lo=0.5, hi=1.5)})
simple("Cumprod_exclusive_reverse", lambda x: tf.math.cumprod(x, axis=-1, exclusive=True, reverse=True), lambda r: {"x": r.f(2, 4, lo=0.5, hi=1.5)})

# ----------------------------------------------------------------------------------------------------------
# matmul family


def const_matmul(shape_w, **kw):
    def build(r):
        w = r.f(*shape_w)
        return {"x": r.f(3, shape_w[1] if kw.get("transpose_b") else shape_w[0])}, lambda x: tf.matmul(x, C(w), **kw)
    return build


case("MatMul_const_weight", const_matmul((4, 5)))
case("MatMul_transpose_b", const_matmul((5, 4), transpose_b=True))
simple("MatMul_two_inputs", tf.matmul, lambda r: {"a": r.f(3, 4), "b": r.f(4, 2)})
simple("MatMul_transpose_a", lambda a, b: tf.matmul(a, b, transpose_a=True), lambda r: {"a": r.f(4, 3), "b": r.f(4, 2)})
simple("MatMul_dynamic_batch", lambda a: tf.matmul(a, C(np.arange(8, dtype=np.float32).reshape(4, 2) / 8)), lambda r: [{"a": r.f(3, 4)}, {"a": r.f(1, 4)}], dynamic="batch")
simple("BatchMatMulV2_same", tf.matmul, lambda r: {"a": r.f(2, 3, 4), "b": r.f(2, 4, 5)})
simple("BatchMatMulV2_bcast", tf.matmul, lambda r: {"a": r.f(2, 1, 3, 4), "b": r.f(3, 4, 2)})
simple("BatchMatMulV2_adj", lambda a, b: tf.matmul(a, b, adjoint_a=True, adjoint_b=True), lambda r: {"a": r.f(2, 4, 3), "b": r.f(2, 5, 4)})
simple("BatchMatMul_v1", lambda a, b: tf.raw_ops.BatchMatMul(x=a, y=b, adj_y=True), lambda r: {"a": r.f(2, 3, 4), "b": r.f(2, 5, 4)})
simple("BatchMatMulV3", lambda a, b: tf.raw_ops.BatchMatMulV3(x=a, y=b, Tout=tf.float32), lambda r: {"a": r.f(2, 3, 4), "b": r.f(4, 5)})
for _eq, _sa, _sb in [("ij,jk->ik", (3, 4), (4, 5)), ("bij,bjk->bik", (2, 3, 4), (2, 4, 5)), ("bhqd,bhkd->bhqk", (1, 2, 3, 4), (1, 2, 5, 4)),
                      ("ij->ji", (3, 4), None), ("ij,ij->i", (3, 4), (3, 4)), ("bi,bj->bij", (2, 3), (2, 4)), ("...ij,jk->...ik", (2, 3, 4), (4, 2))]:
    _tag = _eq.replace(",", "_").replace("->", "_to_").replace("...", "ell")
    if _sb is None:
        simple(f"Einsum_{_tag}", lambda a, _eq=_eq: tf.einsum(_eq, a), lambda r, _sa=_sa: {"a": r.f(*_sa)}, params=[_eq, _sa])
    else:
        simple(f"Einsum_{_tag}", lambda a, b, _eq=_eq: tf.einsum(_eq, a, b), lambda r, _sa=_sa, _sb=_sb: {"a": r.f(*_sa), "b": r.f(*_sb)}, params=[_eq, _sa, _sb])

# ----------------------------------------------------------------------------------------------------------
# convolutions and pooling (NHWC, plus NCHW whose reference goes through NHWC kernels)

CONV_TOL = {"atol": 1e-4, "rtol": 1e-4}
for _pad in ("SAME", "VALID"):
    for _s in (1, 2):
        def _conv(r, _pad=_pad, _s=_s):
            w = r.f(3, 3, 3, 4)
            return {"x": r.f(1, 7, 7, 3)}, lambda x: tf.nn.conv2d(x, C(w), strides=_s, padding=_pad)
        case(f"Conv2D_NHWC_{_pad}_s{_s}", _conv, params=[_pad, _s], tol=CONV_TOL)

        def _conv_nchw(r, _pad=_pad, _s=_s):
            w = r.f(3, 3, 3, 4)
            return ({"x": r.f(1, 3, 7, 7)}, lambda x: tf.nn.conv2d(x, C(w), strides=_s, padding=_pad, data_format="NCHW"),
                    nchw_via_nhwc(lambda x: tf.nn.conv2d(x, C(w), strides=_s, padding=_pad)))
        case(f"Conv2D_NCHW_{_pad}_s{_s}", _conv_nchw, params=[_pad, _s, "nchw"], tol=CONV_TOL)


def _conv_dilated(r):
    w = r.f(3, 3, 2, 3)
    return {"x": r.f(1, 9, 9, 2)}, lambda x: tf.nn.conv2d(x, C(w), strides=1, padding="SAME", dilations=2)


case("Conv2D_NHWC_dilated", _conv_dilated, tol=CONV_TOL)


def _conv_explicit(r):
    w = r.f(3, 3, 2, 3)
    return {"x": r.f(1, 6, 6, 2)}, lambda x: tf.nn.conv2d(x, C(w), strides=1, padding=[[0, 0], [1, 2], [2, 0], [0, 0]])


case("Conv2D_NHWC_explicit_pad", _conv_explicit, tol=CONV_TOL)


def _conv_dynamic(r):
    w = r.f(3, 3, 3, 4)
    return [{"x": r.f(2, 6, 6, 3)}, {"x": r.f(1, 8, 5, 3)}], lambda x: tf.nn.conv2d(x, C(w), strides=2, padding="SAME")


case("Conv2D_NHWC_dynamic_hw", _conv_dynamic, tol=CONV_TOL, dynamic={"x": [None, None, None, 3]})


def _conv_input_filter(r):
    return {"x": r.f(1, 5, 5, 2), "w": r.f(3, 3, 2, 3)}, lambda x, w: tf.nn.conv2d(x, w, 1, "VALID")


case("Conv2D_filter_input", _conv_input_filter, tol=CONV_TOL)


def _conv_bias_relu(r):
    w, b = r.f(3, 3, 3, 4), r.f(4)
    return {"x": r.f(1, 6, 6, 3)}, lambda x: tf.nn.relu(tf.nn.bias_add(tf.nn.conv2d(x, C(w), 1, "SAME"), C(b)))


case("pattern_conv_bias_relu", _conv_bias_relu, tol=CONV_TOL)


def _conv_bias_relu6_nchw(r):
    w, b = r.f(3, 3, 3, 4), r.f(4)
    return ({"x": r.f(1, 3, 6, 6)}, lambda x: tf.nn.relu6(tf.nn.bias_add(tf.nn.conv2d(x, C(w), 1, "SAME", data_format="NCHW"), C(b), data_format="NCHW")),
            nchw_via_nhwc(lambda x: tf.nn.relu6(tf.nn.bias_add(tf.nn.conv2d(x, C(w), 1, "SAME"), C(b)))))


case("pattern_conv_bias_relu6_NCHW", _conv_bias_relu6_nchw, tol=CONV_TOL)


def _conv_relu_nchw(r):
    w = r.f(3, 3, 3, 4)
    return ({"x": r.f(1, 3, 6, 6)}, lambda x: tf.nn.relu(tf.nn.conv2d(x, C(w), 1, "SAME", data_format="NCHW")),
            nchw_via_nhwc(lambda x: tf.nn.relu(tf.nn.conv2d(x, C(w), 1, "SAME"))))


case("pattern_conv_relu_NCHW", _conv_relu_nchw, tol=CONV_TOL)


def _matmul_bias_relu(r):
    w, b = r.f(4, 5), r.f(5)
    return {"x": r.f(3, 4)}, lambda x: tf.nn.relu(tf.nn.bias_add(tf.matmul(x, C(w)), C(b)))


case("pattern_matmul_bias_relu", _matmul_bias_relu)


def _dw_bias_relu(r):
    w, b = r.f(3, 3, 3, 1), r.f(3)
    return {"x": r.f(1, 6, 6, 3)}, lambda x: tf.nn.relu(tf.nn.bias_add(tf.nn.depthwise_conv2d(x, C(w), [1, 1, 1, 1], "SAME"), C(b)))


case("pattern_depthwise_bias_relu", _dw_bias_relu, tol=CONV_TOL)


def _layer_norm(r):
    g, b = r.f(6, lo=0.5, hi=1.5), r.f(6)
    def fn(x):
        # Keras 3's LayerNormalization, op for op: moments, rsqrt(var + eps)·gamma, x·inv + (−mean·inv + beta).
        mean, var = tf.nn.moments(x, axes=[-1], keepdims=True)
        inv = tf.math.rsqrt(var + 1e-3) * C(g)
        return x * inv + (-mean * inv + C(b))
    return {"x": r.f(2, 3, 6)}, fn


def _layer_norm_plain(r):
    g, b = r.f(6, lo=0.5, hi=1.5), r.f(6)
    def fn(x):
        mean = tf.reduce_mean(x, axis=-1, keepdims=True)
        var = tf.reduce_mean(tf.math.squared_difference(x, mean), axis=-1, keepdims=True)
        return (x - mean) * tf.math.rsqrt(var + 1e-5) * C(g) + C(b)
    return {"x": r.f(2, 3, 6)}, fn


case("pattern_layer_norm_keras", _layer_norm, tol={"atol": 1e-4, "rtol": 1e-4})
case("pattern_layer_norm_spelled_out", _layer_norm_plain, tol={"atol": 1e-4, "rtol": 1e-4})
simple("pattern_gelu_exact_opset20", lambda x: tf.nn.gelu(x, approximate=False), lambda r: {"x": r.f(2, 8)}, opset=20)
simple("pattern_gelu_exact_opset17", lambda x: tf.nn.gelu(x, approximate=False), lambda r: {"x": r.f(2, 8)})
simple("pattern_gelu_erf_spelled_out", lambda x: 0.5 * x * (1.0 + tf.math.erf(x / np.float32(np.sqrt(2.0)))), lambda r: {"x": r.f(2, 8)})
simple("pattern_gelu_tanh", lambda x: tf.nn.gelu(x, approximate=True), lambda r: {"x": r.f(2, 8)})


def _bias_add(fmt):
    def build(r):
        b = r.f(3)
        shape = (2, 4, 4, 3) if fmt == "NHWC" else (2, 3, 4, 4)
        return {"x": r.f(*shape)}, lambda x: tf.nn.bias_add(x, C(b), data_format=fmt)
    return build


case("BiasAdd_NHWC", _bias_add("NHWC"))
case("BiasAdd_NCHW", _bias_add("NCHW"), params=["NCHW"])
simple("BiasAdd_2d", lambda x, b: tf.nn.bias_add(x, b), lambda r: {"x": r.f(3, 4), "b": r.f(4)})

for _pad in ("SAME", "VALID"):
    for _mult in (1, 2):
        for _s in (1, 2):
            def _dw(r, _pad=_pad, _mult=_mult, _s=_s):
                w = r.f(3, 3, 3, _mult)
                return {"x": r.f(1, 7, 7, 3)}, lambda x: tf.nn.depthwise_conv2d(x, C(w), [1, _s, _s, 1], _pad)
            case(f"DepthwiseConv2dNative_{_pad}_m{_mult}_s{_s}", _dw, params=[_pad, _mult, _s], tol=CONV_TOL)


def _dw_nchw(r):
    w = r.f(3, 3, 3, 2)
    return ({"x": r.f(1, 3, 6, 6)}, lambda x: tf.nn.depthwise_conv2d(x, C(w), [1, 1, 1, 1], "SAME", data_format="NCHW"),
            nchw_via_nhwc(lambda x: tf.nn.depthwise_conv2d(x, C(w), [1, 1, 1, 1], "SAME")))


case("DepthwiseConv2dNative_NCHW", _dw_nchw, tol=CONV_TOL)


def _dw_dilated(r):
    w = r.f(3, 3, 2, 1)
    return {"x": r.f(1, 8, 8, 2)}, lambda x: tf.nn.depthwise_conv2d(x, C(w), [1, 1, 1, 1], "SAME", dilations=[2, 2])


case("DepthwiseConv2dNative_dilated", _dw_dilated, tol=CONV_TOL)

for _pad, _s, _hw, _out in [("SAME", 2, 4, 8), ("VALID", 2, 4, 9), ("SAME", 1, 5, 5), ("VALID", 1, 4, 6)]:
    def _deconv(r, _pad=_pad, _s=_s, _hw=_hw, _out=_out):
        w = r.f(3, 3, 4, 2)  # [h, w, out_channels, in_channels]
        return {"x": r.f(1, _hw, _hw, 2)}, lambda x: tf.nn.conv2d_transpose(x, C(w), [1, _out, _out, 4], _s, _pad)
    case(f"Conv2DBackpropInput_{_pad}_s{_s}", _deconv, params=[_pad, _s, _hw, _out], tol=CONV_TOL)


def _deconv_nchw(r):
    w = r.f(3, 3, 4, 2)
    return ({"x": r.f(1, 2, 4, 4)}, lambda x: tf.nn.conv2d_transpose(x, C(w), [1, 4, 8, 8], 2, "SAME", data_format="NCHW"),
            nchw_via_nhwc(lambda x: tf.nn.conv2d_transpose(x, C(w), [1, 8, 8, 4], 2, "SAME")))


case("Conv2DBackpropInput_NCHW", _deconv_nchw, tol=CONV_TOL)


def _conv3d(pad):
    def build(r):
        w = r.f(2, 3, 3, 2, 3)
        return {"x": r.f(1, 4, 5, 5, 2)}, lambda x: tf.nn.conv3d(x, C(w), [1, 1, 2, 2, 1], pad)
    return build


case("Conv3D_SAME", _conv3d("SAME"), tol=CONV_TOL)
case("Conv3D_VALID", _conv3d("VALID"), params=["VALID"], tol=CONV_TOL)


def _conv1d(r):
    w = r.f(3, 2, 4)
    return {"x": r.f(2, 8, 2)}, lambda x: tf.nn.conv1d(x, C(w), stride=2, padding="SAME")


case("conv1d_expanddims_conv2d", _conv1d, tol=CONV_TOL)

for _pool, _fn in [("MaxPool", tf.nn.max_pool2d), ("AvgPool", tf.nn.avg_pool2d)]:
    for _k, _s, _pad in [(2, 2, "VALID"), (3, 2, "SAME"), (3, 1, "SAME"), (3, 2, "VALID")]:
        simple(f"{_pool}_NHWC_k{_k}_s{_s}_{_pad}", lambda x, _fn=_fn, _k=_k, _s=_s, _pad=_pad: _fn(x, _k, _s, _pad),
               lambda r: {"x": r.f(1, 7, 7, 3)}, params=[_pool, _k, _s, _pad])
    simple(f"{_pool}_NCHW_k3_s2_SAME", lambda x, _fn=_fn: _fn(x, 3, 2, "SAME", data_format="NCHW"), lambda r: {"x": r.f(1, 3, 7, 7)},
           ref=nchw_via_nhwc(lambda x, _fn=_fn: _fn(x, 3, 2, "SAME")), params=[_pool, "nchw"])
    simple(f"{_pool}_dynamic", lambda x, _fn=_fn: _fn(x, 2, 2, "SAME"), lambda r: [{"x": r.f(1, 6, 6, 2)}, {"x": r.f(2, 5, 7, 2)}],
           params=[_pool, "dyn"], dynamic={"x": [None, None, None, 2]})
simple("MaxPool_rect_kernel", lambda x: tf.nn.max_pool2d(x, [2, 3], [1, 2], "SAME"), lambda r: {"x": r.f(2, 5, 6, 2)})
simple("MaxPool3D", lambda x: tf.nn.max_pool3d(x, 2, 2, "VALID"), lambda r: {"x": r.f(1, 4, 4, 4, 2)})
simple("AvgPool3D_SAME", lambda x: tf.nn.avg_pool3d(x, 3, 2, "SAME"), lambda r: {"x": r.f(1, 5, 5, 5, 2)})
simple("MaxPoolWithArgmax", lambda x: tf.nn.max_pool_with_argmax(x, 2, 2, "VALID", include_batch_in_index=True), lambda r: {"x": r.f(2, 4, 4, 3)})


def _fbn(version, fmt="NHWC"):
    def build(r):
        scale, offset, mean, var = r.f(3, lo=0.5, hi=1.5), r.f(3), r.f(3) * 0.1, r.f(3, lo=0.5, hi=1.5)
        op = {1: tf.raw_ops.FusedBatchNorm, 2: tf.raw_ops.FusedBatchNormV2, 3: tf.raw_ops.FusedBatchNormV3}[version]
        shape = (2, 4, 4, 3) if fmt == "NHWC" else (2, 3, 4, 4)
        return {"x": r.f(*shape)}, lambda x: op(x=x, scale=C(scale), offset=C(offset), mean=C(mean), variance=C(var), epsilon=1e-3, data_format=fmt, is_training=False)[0]
    return build


case("FusedBatchNorm", _fbn(1), tol={"atol": 1e-4, "rtol": 1e-4})
case("FusedBatchNormV2", _fbn(2), tol={"atol": 1e-4, "rtol": 1e-4})
case("FusedBatchNormV3", _fbn(3), tol={"atol": 1e-4, "rtol": 1e-4})
case("FusedBatchNormV3_NCHW", _fbn(3, "NCHW"), params=["NCHW"], tol={"atol": 1e-4, "rtol": 1e-4})


def _fbn_inputs(version):
    op = {1: tf.raw_ops.FusedBatchNorm, 2: tf.raw_ops.FusedBatchNormV2, 3: tf.raw_ops.FusedBatchNormV3}[version]

    def build(r):
        # Statistics as inputs: constant ones are folded into Mul/Add before an exporter sees the op.
        return ({"x": r.f(2, 4, 4, 3), "scale": r.f(3, lo=0.5, hi=1.5), "offset": r.f(3), "mean": r.f(3), "var": r.f(3, lo=0.5, hi=1.5)},
                lambda x, s, o, m, v: op(x=x, scale=s, offset=o, mean=m, variance=v, epsilon=1e-3, is_training=False)[0])
    return build


for _v in (1, 2, 3):
    case(f"FusedBatchNorm{'' if _v == 1 else f'V{_v}'}_dynamic_stats", _fbn_inputs(_v), params=[_v], tol={"atol": 1e-4, "rtol": 1e-4})
simple("LRN", lambda x: tf.nn.local_response_normalization(x, depth_radius=2, bias=1.0, alpha=0.1, beta=0.75), lambda r: {"x": r.f(1, 3, 3, 6)}, tol={"atol": 1e-4, "rtol": 1e-4})
simple("Softmax", tf.nn.softmax, lambda r: {"x": r.f(3, 5)})
simple("Softmax_axis1_rank3", lambda x: tf.nn.softmax(x, axis=1), lambda r: {"x": r.f(2, 4, 3)})
simple("LogSoftmax", tf.nn.log_softmax, lambda r: {"x": r.f(3, 5)})
simple("LogSoftmax_rank3", tf.nn.log_softmax, lambda r: {"x": r.f(2, 3, 5)})


def _dilation2d(r):
    w = r.f(2, 2, 3) * 0.5
    return {"x": r.f(1, 5, 5, 3)}, lambda x: tf.nn.dilation2d(x, C(w), [1, 1, 1, 1], "SAME", "NHWC", [1, 1, 1, 1])


case("Dilation2D", _dilation2d)

# ----------------------------------------------------------------------------------------------------------
# shapes and layout


simple("Reshape_const", lambda x: tf.reshape(x, [3, 8]), lambda r: {"x": r.f(2, 3, 4)})
simple("Reshape_minus1_dynamic", lambda x: tf.reshape(x, [-1, 6]), lambda r: [{"x": r.f(2, 3, 2)}, {"x": r.f(4, 3, 2)}], dynamic="batch")
simple("Reshape_from_shape", lambda x: tf.reshape(x, tf.concat([tf.shape(x)[:1], [-1]], 0)), lambda r: [{"x": r.f(2, 3, 4)}, {"x": r.f(3, 3, 4)}], dynamic="batch")
simple("Reshape_int32", lambda x: tf.reshape(x, [-1]), lambda r: {"x": r.i(2, 3)})
simple("Transpose_2d", tf.transpose, lambda r: {"x": r.f(3, 4)})
simple("Transpose_perm", lambda x: tf.transpose(x, [2, 0, 3, 1]), lambda r: {"x": r.f(2, 3, 4, 5)})
simple("Transpose_dynamic", lambda x: tf.transpose(x, [1, 0, 2]), lambda r: [{"x": r.f(2, 3, 4)}, {"x": r.f(5, 3, 4)}], dynamic="batch")
simple("ExpandDims", lambda x: tf.expand_dims(x, 1), lambda r: {"x": r.f(2, 3)})
simple("ExpandDims_neg", lambda x: tf.expand_dims(x, -1), lambda r: {"x": r.i(2, 3)})
simple("Squeeze_axis", lambda x: tf.squeeze(x, [1, 3]), lambda r: {"x": r.f(2, 1, 3, 1)})
simple("Squeeze_all", tf.squeeze, lambda r: {"x": r.f(1, 3, 1, 2)})
simple("Shape_dynamic", lambda x: tf.shape(x), lambda r: [{"x": r.f(2, 3)}, {"x": r.f(4, 3)}], dynamic="batch")
simple("Shape_int64", lambda x: tf.shape(x, out_type=tf.int64), lambda r: [{"x": r.f(2, 3, 4)}], dynamic="all")
simple("ShapeN", lambda a, b: tf.raw_ops.ShapeN(input=[a, b]), lambda r: {"a": r.f(2, 3), "b": r.f(4, 1, 2)}, dynamic="all")
simple("Size_dynamic", tf.size, lambda r: [{"x": r.f(2, 3)}, {"x": r.f(5, 3)}], dynamic="batch")
simple("Rank_unknown", tf.rank, lambda r: [{"x": r.f(2, 3)}, {"x": r.f(2, 3, 4)}], dynamic="rank")
simple("BroadcastTo", lambda x: tf.broadcast_to(x, [2, 3, 4]), lambda r: {"x": r.f(3, 1)})
simple("BroadcastTo_dynamic_shape", lambda x, y: tf.broadcast_to(x, tf.shape(y)), lambda r: {"x": r.f(1, 4), "y": r.f(3, 4)}, dynamic={"y": [None, 4]})
simple("BroadcastArgs", lambda a, b: tf.raw_ops.BroadcastArgs(s0=tf.shape(a), s1=tf.shape(b)), lambda r: {"a": r.f(2, 1, 4), "b": r.f(3, 1)}, dynamic="all")

simple("ConcatV2_axis1", lambda a, b: tf.concat([a, b], 1), lambda r: {"a": r.f(2, 3), "b": r.f(2, 2)})
simple("ConcatV2_axisneg_three", lambda a, b, c: tf.concat([a, b, c], -1), lambda r: {"a": r.f(2, 2, 1), "b": r.f(2, 2, 3), "c": r.f(2, 2, 2)})
simple("ConcatV2_int32_axis0", lambda a, b: tf.concat([a, b], 0), lambda r: {"a": r.i(2, 3), "b": r.i(1, 3)})
simple("Concat_v1", lambda a, b: tf.raw_ops.Concat(concat_dim=C(0), values=[a, b]), lambda r: {"a": r.f(2, 3), "b": r.f(1, 3)})
simple("Pack_axis0", lambda a, b: tf.stack([a, b]), lambda r: {"a": r.f(2, 3), "b": r.f(2, 3)})
simple("Pack_axis_neg", lambda a, b, c: tf.stack([a, b, c], axis=-1), lambda r: {"a": r.i(2, 3), "b": r.i(2, 3), "c": r.i(2, 3)})
simple("Unpack", lambda x: {f"y{i}": t for i, t in enumerate(tf.unstack(x, axis=1))}, lambda r: {"x": r.f(2, 3, 4)})
simple("Split_3", lambda x: {f"y{i}": t for i, t in enumerate(tf.split(x, 3, axis=1))}, lambda r: {"x": r.f(2, 6)})
simple("Split_axis_neg", lambda x: {f"y{i}": t for i, t in enumerate(tf.split(x, 2, axis=-1))}, lambda r: {"x": r.f(2, 3, 4)})
simple("SplitV", lambda x: {f"y{i}": t for i, t in enumerate(tf.split(x, [1, 3, 2], axis=1))}, lambda r: {"x": r.f(2, 6)})
simple("SplitV_minus1", lambda x: {f"y{i}": t for i, t in enumerate(tf.split(x, [2, -1], axis=0))}, lambda r: {"x": r.f(5, 3)})
simple("Slice", lambda x: tf.slice(x, [0, 1, 1], [2, 2, -1]), lambda r: {"x": r.f(3, 4, 5)})
simple("Slice_dynamic_begin", lambda x, b: tf.slice(x, b, [2, 2]), lambda r: {"x": r.f(4, 5), "b": np.array([1, 2], np.int32)})

STRIDED = [
    ("basic", lambda x: x[1:3, ::2]),
    ("negative_stride", lambda x: x[::-1, 3:0:-2]),
    ("shrink", lambda x: x[1, :, 2]),
    ("ellipsis", lambda x: x[..., 1:]),
    ("new_axis", lambda x: x[:, tf.newaxis, 1:3]),
    ("begin_end_mask", lambda x: x[:2, 1:]),
    ("negative_index", lambda x: x[-2:, -1]),
    ("ellipsis_newaxis_shrink", lambda x: x[tf.newaxis, ..., 0]),
]
for _tag, _fn in STRIDED:
    simple(f"StridedSlice_{_tag}", _fn, lambda r: {"x": r.f(4, 5, 3)}, params=[_tag])
simple("StridedSlice_dynamic", lambda x: x[:, 1:-1], lambda r: [{"x": r.f(2, 5)}, {"x": r.f(3, 5)}], dynamic="batch")
simple("StridedSlice_dynamic_end", lambda x, n: x[:n], lambda r: {"x": r.f(5, 3), "n": np.array(3, np.int32)})
simple("Tile", lambda x: tf.tile(x, [2, 3]), lambda r: {"x": r.f(2, 3)})
simple("Tile_dynamic_multiples", lambda x, m: tf.tile(x, m), lambda r: {"x": r.f(2, 1), "m": np.array([1, 3], np.int32)})
simple("ReverseV2", lambda x: tf.reverse(x, [1]), lambda r: {"x": r.f(2, 3, 4)})
simple("ReverseV2_two_axes", lambda x: tf.reverse(x, [0, -1]), lambda r: {"x": r.i(2, 3, 4)})
simple("Reverse_v1", lambda x: tf.raw_ops.Reverse(tensor=x, dims=C([False, True, True])), lambda r: {"x": r.f(2, 3, 4)})
simple("Pad", lambda x: tf.pad(x, [[1, 0], [2, 1]]), lambda r: {"x": r.f(2, 3)})
simple("PadV2", lambda x: tf.pad(x, [[0, 1], [1, 1], [0, 0]], constant_values=2.5), lambda r: {"x": r.f(2, 3, 2)})
simple("Pad_int32", lambda x: tf.pad(x, [[1, 1], [0, 2]]), lambda r: {"x": r.i(2, 3)})
simple("MirrorPad_REFLECT", lambda x: tf.pad(x, [[1, 1], [2, 2]], mode="REFLECT"), lambda r: {"x": r.f(3, 4)})
simple("MirrorPad_SYMMETRIC", lambda x: tf.pad(x, [[1, 2], [0, 3]], mode="SYMMETRIC"), lambda r: {"x": r.f(3, 4)})
simple("DepthToSpace", lambda x: tf.nn.depth_to_space(x, 2), lambda r: {"x": r.f(1, 2, 3, 8)})
simple("SpaceToBatchND", lambda x: tf.space_to_batch_nd(x, [2, 2], [[0, 0], [1, 1]]), lambda r: {"x": r.f(1, 4, 2, 3)})
simple("BatchToSpaceND", lambda x: tf.batch_to_space(x, [2, 2], [[0, 0], [1, 1]]), lambda r: {"x": r.f(4, 2, 2, 3)})


def _atrous(r):
    w = r.f(3, 3, 2, 2)
    return {"x": r.f(1, 8, 8, 2)}, lambda x: tf.nn.atrous_conv2d(x, C(w), 2, "VALID")


case("pattern_atrous_conv_space_to_batch", _atrous, tol=CONV_TOL)

# ----------------------------------------------------------------------------------------------------------
# gather / scatter / creation

simple("GatherV2_axis0", lambda x, i: tf.gather(x, i), lambda r: {"x": r.f(5, 3), "i": np.array([4, 0, 2, 2], np.int32)})
simple("GatherV2_axis1_2d_indices", lambda x, i: tf.gather(x, i, axis=1), lambda r: {"x": r.f(2, 5, 3), "i": np.array([[1, 0], [4, 3]], np.int32)})
simple("GatherV2_negative_axis_int64", lambda x, i: tf.gather(x, i, axis=-1), lambda r: {"x": r.f(2, 5), "i": np.array([3, 1], np.int64)})
simple("GatherV2_batch_dims", lambda x, i: tf.gather(x, i, axis=1, batch_dims=1), lambda r: {"x": r.f(2, 5, 3), "i": np.array([[1, 4], [0, 2]], np.int32)})
simple("GatherV2_const_table", lambda i: tf.gather(C(np.arange(12, dtype=np.float32).reshape(6, 2)), i), lambda r: {"i": np.array([[5, 0], [1, 1]], np.int32)})
simple("Gather_v1", lambda x, i: tf.raw_ops.Gather(params=x, indices=i), lambda r: {"x": r.f(5, 3), "i": np.array([1, 3], np.int32)})
simple("GatherNd", tf.gather_nd, lambda r: {"x": r.f(3, 4, 2), "i": np.array([[0, 1], [2, 3], [1, 0]], np.int32)})
simple("GatherNd_full_index", tf.gather_nd, lambda r: {"x": r.f(3, 4), "i": np.array([[0, 1], [2, 3]], np.int32)})
simple("GatherNd_batch_dims", lambda x, i: tf.gather_nd(x, i, batch_dims=1), lambda r: {"x": r.f(2, 4, 3), "i": np.array([[[1], [3]], [[0], [2]]], np.int32)})
simple("ScatterNd", lambda i, u: tf.scatter_nd(i, u, [5, 3]), lambda r: {"i": np.array([[4], [0], [2]], np.int32), "u": r.f(3, 3)})
simple("ScatterNd_elements", lambda i, u: tf.scatter_nd(i, u, [3, 4]), lambda r: {"i": np.array([[0, 1], [2, 3], [1, 1]], np.int32), "u": r.f(3)})
simple("TensorScatterUpdate", tf.tensor_scatter_nd_update, lambda r: {"x": r.f(5, 3), "i": np.array([[4], [1]], np.int32), "u": r.f(2, 3)})
simple("OneHot", lambda i: tf.one_hot(i, 5), lambda r: {"i": np.array([0, 3, 4, 1], np.int32)})
simple("OneHot_axis0_values", lambda i: tf.one_hot(i, 4, on_value=2.0, off_value=-1.0, axis=0), lambda r: {"i": np.array([[1, 3], [0, 2]], np.int32)})
simple("OneHot_int64_indices", lambda i: tf.one_hot(i, 3, dtype=tf.int32), lambda r: {"i": np.array([2, 0, 1], np.int64)})
simple("Range_dynamic_limit", lambda n: tf.range(n), lambda r: {"n": np.array(5, np.int32)})
simple("Range_start_delta", lambda a, n: tf.range(a, n, 2), lambda r: {"a": np.array(1, np.int32), "n": np.array(9, np.int32)})
simple("Range_float", lambda n: tf.range(0.5, n, 0.75), lambda r: {"n": np.array(4.0, np.float32)})
simple("Range_from_shape", lambda x: tf.cast(tf.range(tf.shape(x)[0]), tf.float32) * tf.reduce_sum(x, 1), lambda r: [{"x": r.f(3, 2)}, {"x": r.f(5, 2)}], dynamic="batch")
simple("Fill_dynamic", lambda d: tf.fill(d, 3.5), lambda r: {"d": np.array([2, 3], np.int32)})
simple("Fill_like_shape", lambda x: tf.fill(tf.shape(x), 7), lambda r: [{"x": r.f(2, 3)}], dynamic="all")
simple("ZerosLike", tf.zeros_like, lambda r: [{"x": r.f(2, 3)}, {"x": r.f(4, 3)}], dynamic="batch")
simple("OnesLike_int32", tf.ones_like, lambda r: [{"x": r.i(2, 3)}], dynamic="all")
simple("zeros_dynamic", lambda x: tf.zeros(tf.shape(x)[:1]) + 1.0, lambda r: [{"x": r.f(3, 2)}], dynamic="batch")
simple("LinSpace", lambda a, b: tf.raw_ops.LinSpace(start=a, stop=b, num=C(5)), lambda r: {"a": np.array(-1.0, np.float32), "b": np.array(2.0, np.float32)})
simple("MatrixBandPart", lambda x: tf.linalg.band_part(x, 1, 0), lambda r: {"x": r.f(4, 4)})
simple("MatrixBandPart_upper_batch", lambda x: tf.linalg.band_part(x, 0, -1), lambda r: {"x": r.f(2, 3, 4)})

for _src, _dst, _mk in [("float", tf.int32, lambda r: {"x": r.f(2, 5) * 4}), ("int32", tf.float32, lambda r: {"x": r.i(2, 5)}),
                        ("bool", tf.float32, lambda r: {"x": r.b(2, 5)}), ("float", tf.bool, lambda r: {"x": np.round(r.f(2, 5))}),
                        ("int32", tf.int64, lambda r: {"x": r.i(2, 5)}), ("float", tf.float16, lambda r: {"x": r.f(2, 5)}),
                        ("int64", tf.int32, lambda r: {"x": r.i(2, 5, dtype=np.int64)}), ("float64", tf.float32, lambda r: {"x": r.f(2, 5, dtype=np.float64)}),
                        ("int32", tf.uint8, lambda r: {"x": r.i(2, 5, lo=0, hi=255)})]:
    simple(f"Cast_{_src}_to_{_dst.name}", lambda x, _dst=_dst: tf.cast(x, _dst), _mk, params=[_src, _dst.name])

simple("TopKV2", lambda x: dict(zip(("values", "indices"), tf.math.top_k(x, 3))), lambda r: {"x": r.g.permutation(24).reshape(3, 8).astype(np.float32)})
simple("TopKV2_rank3_int32", lambda x: dict(zip(("values", "indices"), tf.math.top_k(x, 2))), lambda r: {"x": r.g.permutation(24).reshape(2, 3, 4).astype(np.int32)})
simple("TopKV2_dynamic_k", lambda x, k: dict(zip(("values", "indices"), tf.math.top_k(x, k))), lambda r: {"x": r.g.permutation(10).reshape(2, 5).astype(np.float32), "k": np.array(2, np.int32)})
simple("Unique", lambda x: dict(zip(("y", "idx"), tf.unique(x))), lambda r: {"x": np.array([3, 1, 3, 2, 1, 5], np.int32)})
simple("UniqueV2", lambda x: dict(zip(("y", "idx"), tf.raw_ops.UniqueV2(x=x, axis=C([0], tf.int64)))), lambda r: {"x": np.array([3.0, 1.0, 3.0, 2.0], np.float32)})
simple("ListDiff", lambda x, y: dict(zip(("out", "idx"), tf.raw_ops.ListDiff(x=x, y=y))), lambda r: {"x": np.array([1, 2, 3, 4, 5, 6], np.int32), "y": np.array([1, 3, 5], np.int32)})
simple("LowerBound", lambda s, v: tf.searchsorted(s, v, side="left"), lambda r: {"s": np.array([[0, 1, 3, 3, 7]], np.float32), "v": np.array([[-1, 3, 4, 8]], np.float32)})
simple("UpperBound", lambda s, v: tf.searchsorted(s, v, side="right"), lambda r: {"s": np.array([[0, 1, 3, 3, 7]], np.float32), "v": np.array([[-1, 3, 4, 8]], np.float32)})
simple("Bincount", lambda x: tf.raw_ops.Bincount(arr=x, size=C(6), weights=C(np.zeros(0, np.float32))), lambda r: {"x": np.array([1, 1, 3, 5, 0], np.int32)})
simple("DenseBincount", lambda x: tf.raw_ops.DenseBincount(input=x, size=C(5), weights=C(np.zeros(0, np.float32)), binary_output=False), lambda r: {"x": np.array([[1, 1, 3], [4, 0, 0]], np.int32)})
simple("SparseToDense", lambda i, v: tf.raw_ops.SparseToDense(sparse_indices=i, output_shape=C([3, 4]), sparse_values=v, default_value=C(0.0)),
       lambda r: {"i": np.array([[0, 1], [1, 3], [2, 0]], np.int32), "v": r.f(3)})
simple("SparseSegmentSum", lambda x, i, s: tf.raw_ops.SparseSegmentSum(data=x, indices=i, segment_ids=s),
       lambda r: {"x": r.f(4, 3), "i": np.array([0, 2, 3, 1], np.int32), "s": np.array([0, 0, 1, 2], np.int32)})
simple("SparseSegmentMean", lambda x, i, s: tf.raw_ops.SparseSegmentMean(data=x, indices=i, segment_ids=s),
       lambda r: {"x": r.f(4, 3), "i": np.array([0, 2, 3, 1], np.int32), "s": np.array([0, 0, 1, 1], np.int32)})
simple("SparseReshape", lambda i, s: dict(zip(("indices", "shape"), tf.raw_ops.SparseReshape(input_indices=i, input_shape=s, new_shape=C([-1, 2], tf.int64)))),
       lambda r: {"i": np.array([[0, 1], [1, 2]], np.int64), "s": np.array([2, 3], np.int64)})
simple("SparseFillEmptyRows", lambda i, v: dict(zip(("indices", "values", "empty", "reverse"), tf.raw_ops.SparseFillEmptyRows(indices=i, values=v, dense_shape=C([4, 3], tf.int64), default_value=C(-1.0)))),
       lambda r: {"i": np.array([[0, 1], [2, 0]], np.int64), "v": np.array([5.0, 6.0], np.float32)})

# ----------------------------------------------------------------------------------------------------------
# image ops

for _align, _half, _tag in [(False, False, "default"), (True, False, "align_corners"), (False, True, "half_pixel")]:
    simple(f"ResizeBilinear_{_tag}", lambda x, _a=_align, _h=_half: tf.raw_ops.ResizeBilinear(images=x, size=C([6, 8]), align_corners=_a, half_pixel_centers=_h),
           lambda r: {"x": r.f(1, 3, 4, 2)}, params=[_tag], tol={"atol": 1e-4, "rtol": 1e-4})
    simple(f"ResizeNearestNeighbor_{_tag}", lambda x, _a=_align, _h=_half: tf.raw_ops.ResizeNearestNeighbor(images=x, size=C([6, 8]), align_corners=_a, half_pixel_centers=_h),
           lambda r: {"x": r.f(1, 3, 4, 2)}, params=[_tag])
simple("ResizeBilinear_downscale", lambda x: tf.image.resize(x, [3, 2]), lambda r: {"x": r.f(2, 6, 5, 1)}, tol={"atol": 1e-4, "rtol": 1e-4})
simple("ResizeNearestNeighbor_tf2", lambda x: tf.image.resize(x, [5, 7], method="nearest"), lambda r: {"x": r.f(1, 3, 4, 2)})
simple("ResizeBilinear_dynamic_size", lambda x: tf.image.resize(x, tf.shape(x)[1:3] * 2), lambda r: [{"x": r.f(1, 3, 4, 2)}], dynamic={"x": [None, None, None, 2]}, tol={"atol": 1e-4, "rtol": 1e-4})
simple("CropAndResize", lambda x, b, i: tf.image.crop_and_resize(x, b, i, [3, 3]),
       lambda r: {"x": r.f(2, 6, 6, 2), "b": np.array([[0.1, 0.1, 0.8, 0.9], [0.0, 0.2, 1.0, 0.6]], np.float32), "i": np.array([1, 0], np.int32)}, tol={"atol": 1e-4, "rtol": 1e-4})
simple("CropAndResize_nearest", lambda x, b: tf.image.crop_and_resize(x, b, [0], [4, 2], method="nearest"),
       lambda r: {"x": r.f(1, 5, 5, 1), "b": np.array([[0.0, 0.0, 1.0, 1.0]], np.float32)})
simple("ImageProjectiveTransformV3", lambda x, t: tf.raw_ops.ImageProjectiveTransformV3(images=x, transforms=t, output_shape=C([5, 5]), fill_value=C(0.0), interpolation="BILINEAR"),
       lambda r: {"x": r.f(1, 5, 5, 2), "t": np.array([[1.0, 0.1, 0.5, -0.1, 1.0, 0.3, 0.0, 0.0]], np.float32)}, tol={"atol": 1e-4, "rtol": 1e-4})


def _nms_inputs(r):
    boxes = np.array([[0, 0, 1, 1], [0, 0.1, 1, 1.1], [0, -0.1, 1, 0.9], [0, 10, 1, 11], [0, 10.1, 1, 11.1], [0, 100, 1, 101]], np.float32)
    return {"boxes": boxes, "scores": np.array([0.9, 0.75, 0.6, 0.95, 0.5, 0.3], np.float32)}


simple("NonMaxSuppressionV2", lambda b, s: tf.raw_ops.NonMaxSuppressionV2(boxes=b, scores=s, max_output_size=C(3), iou_threshold=C(0.5)), _nms_inputs)
simple("NonMaxSuppressionV3", lambda b, s: tf.image.non_max_suppression(b, s, 4, 0.5, 0.4), _nms_inputs)
simple("NonMaxSuppressionV4", lambda b, s: dict(zip(("selected", "valid"), tf.raw_ops.NonMaxSuppressionV4(boxes=b, scores=s, max_output_size=C(5), iou_threshold=C(0.5), score_threshold=C(0.0), pad_to_max_output_size=True))), _nms_inputs)
simple("non_max_suppression_padded_tf2", lambda b, s: dict(zip(("selected", "valid"), tf.image.non_max_suppression_padded(b, s, 5, 0.5, 0.0, pad_to_max_output_size=True))), _nms_inputs)
simple("NonMaxSuppressionV5", lambda b, s: dict(zip(("selected", "scores"), tf.image.non_max_suppression_with_scores(b, s, 4, 0.5, 0.0, 0.5))), _nms_inputs)

# ----------------------------------------------------------------------------------------------------------
# complex numbers and FFT (complex only inside the graph: the signature stays real)

simple("Complex_Real_Imag", lambda a, b: (lambda z: {"re": tf.math.real(z * z), "im": tf.math.imag(z * z)})(tf.complex(a, b)), lambda r: {"a": r.f(2, 3), "b": r.f(2, 3)})
simple("ComplexAbs", lambda a, b: tf.abs(tf.complex(a, b)), lambda r: {"a": r.f(2, 3), "b": r.f(2, 3)})
simple("FFT_IFFT", lambda a, b: (lambda z: {"re": tf.math.real(tf.signal.fft(z)), "im": tf.math.imag(tf.signal.ifft(z))})(tf.complex(a, b)), lambda r: {"a": r.f(2, 8), "b": r.f(2, 8)}, tol={"atol": 1e-4, "rtol": 1e-4})
simple("RFFT", lambda x: tf.abs(tf.signal.rfft(x)), lambda r: {"x": r.f(2, 8)}, tol={"atol": 1e-4, "rtol": 1e-4})
simple("IRFFT", lambda x: tf.signal.irfft(tf.signal.rfft(x)), lambda r: {"x": r.f(2, 8)}, tol={"atol": 1e-4, "rtol": 1e-4})

# ----------------------------------------------------------------------------------------------------------
# strings


def _strings(r):
    return {"s": np.array([b"hello world", b"mdeploy  converts", b"a b c"], dtype=object)}


simple("StaticRegexReplace", lambda s: tf.strings.regex_replace(s, "o+", "0"), _strings)
simple("StringSplit_v1", lambda s: dict(zip(("indices", "values", "shape"), tf.raw_ops.StringSplit(input=s, delimiter=C(" ")))), _strings)
simple("StringSplitV2", lambda s: dict(zip(("indices", "values", "shape"), tf.raw_ops.StringSplitV2(input=s, sep=C(" ")))), _strings)
simple("StringNGrams", lambda s: dict(zip(("ngrams", "splits"), tf.raw_ops.StringNGrams(data=s, data_splits=C([0, 2, 3], tf.int64), separator=" ", ngram_widths=[2], left_pad="", right_pad="", pad_width=0, preserve_short_sequences=False))),
       lambda r: {"s": np.array([b"a", b"b", b"c"], dtype=object)})
simple("StringToHashBucketFast", lambda s: tf.strings.to_hash_bucket_fast(s, 100), _strings)

# ----------------------------------------------------------------------------------------------------------
# control flow and tensor lists

simple("StatelessWhile_counter", lambda x: tf.while_loop(lambda i, a: i < 4, lambda i, a: (i + 1, a * 1.5 + 1.0), [C(0), x])[1], lambda r: {"x": r.f(2, 3)})
simple("StatelessWhile_dynamic_trip", lambda x, n: tf.while_loop(lambda i, a: i < n, lambda i, a: (i + 1, tf.tanh(a) + 0.5), [C(0), x])[1],
       lambda r: [{"x": r.f(2, 3), "n": np.array(3, np.int32)}, {"x": r.f(2, 3), "n": np.array(0, np.int32)}])
simple("StatelessIf", lambda p, x: tf.cond(p, lambda: x * 2.0, lambda: x - 1.0), lambda r: [{"p": np.array(True), "x": r.f(2, 3)}, {"p": np.array(False), "x": r.f(2, 3)}])
simple("StatelessIf_from_data", lambda x: tf.cond(tf.reduce_sum(x) > 0, lambda: tf.nn.relu(x), lambda: tf.abs(x) + 1.0), lambda r: [{"x": r.f(2, 3) + 2}, {"x": r.f(2, 3) - 2}])


class _Stateful(tf.Module):
    """A variable read inside the branches / loop makes TF emit the stateful If and While."""

    def __init__(self):
        super().__init__()
        self.v = tf.Variable(np.float32(0.5))


_STATE = _Stateful()
simple("If_stateful", lambda p, x: tf.cond(p, lambda: x * _STATE.v, lambda: x + _STATE.v), lambda r: [{"p": np.array(True), "x": r.f(2, 3)}, {"p": np.array(False), "x": r.f(2, 3)}])
simple("While_stateful", lambda x: tf.while_loop(lambda i, a: i < 3, lambda i, a: (i + 1, a + _STATE.v), [C(0), x])[1], lambda r: {"x": r.f(2, 3)})


def _ta_loop(x):
    ta = tf.TensorArray(tf.float32, size=tf.shape(x)[0])
    def body(i, ta):
        return i + 1, ta.write(i, x[i] * tf.cast(i + 1, tf.float32))
    _, ta = tf.while_loop(lambda i, ta: i < tf.shape(x)[0], body, [C(0), ta])
    return ta.stack()


simple("TensorList_reserve_set_stack", _ta_loop, lambda r: [{"x": r.f(3, 4)}, {"x": r.f(5, 4)}], dynamic="batch")


def _ta_unstack_read(x):
    ta = tf.TensorArray(tf.float32, size=0, dynamic_size=True).unstack(x)
    return {"first": ta.read(0), "last": ta.read(ta.size() - 1), "size": ta.size()}


simple("TensorList_fromtensor_getitem_length", _ta_unstack_read, lambda r: {"x": r.f(3, 4)})


def _ta_gather_concat(x):
    ta = tf.TensorArray(tf.float32, size=3, element_shape=[2, 4]).unstack(x)
    return {"gathered": ta.gather([2, 0]), "concat": ta.concat()}


simple("TensorList_gather_concat", _ta_gather_concat, lambda r: {"x": r.f(3, 2, 4)})


def _ta_scatter_split(x, y):
    a = tf.TensorArray(tf.float32, size=3, element_shape=[4]).scatter([2, 0, 1], x)
    b = tf.TensorArray(tf.float32, size=2, element_shape=[None]).split(y, [1, 3])
    return {"scattered": a.stack(), "split0": b.read(1)}


simple("TensorList_scatter_split", _ta_scatter_split, lambda r: {"x": r.f(3, 4), "y": r.f(4)})


def _tl_push_pop(x):
    h = tf.raw_ops.EmptyTensorList(element_shape=C([3]), max_num_elements=C(-1), element_dtype=tf.float32)
    h = tf.raw_ops.TensorListPushBack(input_handle=h, tensor=x[0])
    h = tf.raw_ops.TensorListPushBack(input_handle=h, tensor=x[1] * 2.0)
    h, last = tf.raw_ops.TensorListPopBack(input_handle=h, element_shape=C([3]), element_dtype=tf.float32)
    h = tf.raw_ops.TensorListResize(input_handle=h, size=C(2))
    h = tf.raw_ops.TensorListSetItem(input_handle=h, index=C(1), item=last)
    return {"last": last, "stacked": tf.raw_ops.TensorListStack(input_handle=h, element_shape=C([3]), element_dtype=tf.float32, num_elements=2),
            "n": tf.raw_ops.TensorListLength(input_handle=h)}


simple("TensorList_push_pop_resize", _tl_push_pop, lambda r: {"x": r.f(2, 3)})


def _tl_concat_v2(x):
    h = tf.raw_ops.TensorListFromTensor(tensor=x, element_shape=C([2, 3]))
    out = tf.raw_ops.TensorListConcatV2(input_handle=h, element_dtype=tf.float32, element_shape=C([-1, 3]), leading_dims=C(np.zeros(0, np.int64)))
    return {"concat": out[0], "lengths": out[1]}


simple("TensorListConcatV2", _tl_concat_v2, lambda r: {"x": r.f(2, 2, 3)})


def _tl_scatter_v2(x):
    h = tf.raw_ops.TensorListScatterV2(tensor=x, indices=C([1, 0]), element_shape=C([3]), num_elements=C(3))
    return tf.raw_ops.TensorListGather(input_handle=h, indices=C([0, 1]), element_shape=C([3]), element_dtype=tf.float32)


simple("TensorListScatterV2_gather", _tl_scatter_v2, lambda r: {"x": r.f(2, 3)})


def _tl_v1(x):
    h = tf.raw_ops.TensorListScatter(tensor=x, indices=C([1, 0, 2]), element_shape=C([2]))
    out = tf.raw_ops.TensorListConcat(input_handle=h, element_dtype=tf.float32, element_shape=tf.TensorShape([2]))
    return {"concat": out[0], "lengths": out[1]}


simple("TensorListScatter_Concat_v1", _tl_v1, lambda r: {"x": r.f(3, 2)})


def _ta_v3(x):
    size = tf.shape(x)[0]
    handle, flow = tf.raw_ops.TensorArrayV3(size=size + 1, dtype=tf.float32, element_shape=tf.TensorShape([3]), clear_after_read=False)
    flow = tf.raw_ops.TensorArrayScatterV3(handle=handle, indices=tf.range(size), value=x, flow_in=flow)
    item = tf.raw_ops.TensorArrayReadV3(handle=handle, index=C(1), flow_in=flow, dtype=tf.float32)
    flow = tf.raw_ops.TensorArrayWriteV3(handle=handle, index=size, value=item * 2.0, flow_in=flow)
    n = tf.raw_ops.TensorArraySizeV3(handle=handle, flow_in=flow)
    g = tf.raw_ops.TensorArrayGatherV3(handle=handle, indices=tf.range(n), flow_in=flow, dtype=tf.float32, element_shape=tf.TensorShape([3]))
    h2, f2 = tf.raw_ops.TensorArrayV3(size=2, dtype=tf.float32, element_shape=tf.TensorShape(None))
    f2 = tf.raw_ops.TensorArraySplitV3(handle=h2, value=tf.reshape(x, [-1]), lengths=C([4, 5], tf.int64), flow_in=f2)
    cat, lengths = tf.raw_ops.TensorArrayConcatV3(handle=h2, flow_in=f2, dtype=tf.float32)
    with tf.control_dependencies([cat]):
        closed = tf.raw_ops.TensorArrayCloseV3(handle=h2)
    with tf.control_dependencies([closed]):
        cat = tf.identity(cat)
    return {"gathered": g, "size": n, "concat": cat, "lengths": lengths}


simple("TensorArrayV3_scatter_read_write_gather", _ta_v3, lambda r: {"x": r.f(3, 3)})


# ----------------------------------------------------------------------------------------------------------
# writing


def input_signature(inputs, dynamic):
    specs = []
    for k, v in inputs.items():
        dt = tf.string if v.dtype == object else tf.as_dtype(v.dtype)
        if dynamic == "rank":
            shape = None
        elif dynamic == "all":
            shape = [None] * v.ndim
        elif dynamic == "batch":
            shape = [None] + list(v.shape[1:])
        elif isinstance(dynamic, dict) and k in dynamic:
            shape = dynamic[k]
        else:
            shape = list(v.shape)
        specs.append(tf.TensorSpec(shape, dt, name=k))
    return specs


def as_outputs(result):
    if isinstance(result, dict):
        return result
    if isinstance(result, (list, tuple)):
        return {f"y{i}": t for i, t in enumerate(result)}
    return {"y": result}


def graph_ops(graph_def):
    ops = {n.op for n in graph_def.node}
    for f in graph_def.library.function:
        ops.update(n.op for n in f.node_def)
    return sorted(ops)


def source_of(f):
    """A function's source (a lambda's whole line), or its name for functions without Python source."""
    if f is None:
        return ""
    try:
        return inspect.getsource(f)
    except (OSError, TypeError):
        return f"{getattr(f, '__module__', '')}.{getattr(f, '__qualname__', repr(f))}"


def case_key(c, feeds):
    h = hashlib.sha256()
    h.update(f"{FORMAT_VERSION}\0{tf.__version__}\0{c['name']}\0{c['params']!r}\0{c['tol']!r}\0{c['dynamic']!r}\0{c['opset']!r}".encode())
    for f in c["sources"]:
        h.update(source_of(f).encode())
    for feed in feeds:
        for k, v in feed.items():
            h.update(k.encode())
            h.update(repr(v.tolist()).encode() if v.dtype == object else v.tobytes())
    return h.hexdigest()[:16]


def write_case(out_dir, c, force):
    r = Rng(c["name"])
    inputs, fn, *ref = c["build"](r)
    reference = ref[0] if ref and ref[0] else None
    feeds = inputs if isinstance(inputs, list) else [inputs]
    key = case_key(c, feeds)
    case_dir = os.path.join(out_dir, c["name"])
    golden_path = os.path.join(case_dir, "golden.json")
    if not force and os.path.exists(golden_path):
        try:
            with open(golden_path) as f:
                if json.load(f).get("key") == key:
                    return False
        except ValueError:
            pass
    if os.path.exists(case_dir):
        shutil.rmtree(case_dir)
    specs = input_signature(feeds[0], c["dynamic"])
    module = tf.Module()
    module.f = tf.function(lambda *xs: as_outputs(fn(*xs)), input_signature=specs, autograph=False)
    if c["name"] in ("If_stateful", "While_stateful"):
        module.state = _STATE
    concrete = module.f.get_concrete_function()
    model_dir = os.path.join(case_dir, "1")
    tf.saved_model.save(module, model_dir, signatures={"serving_default": concrete})
    golden_fn = tf.function(lambda *xs: as_outputs(reference(*xs)), autograph=False) if reference else concrete
    golden = {"format": "mdeploy-op-suite", "version": FORMAT_VERSION, "key": key, "case": c["name"],
              "ops": graph_ops(concrete.graph.as_graph_def()), "cases": []}
    if c["tol"]:
        golden["tolerance"] = c["tol"]
    if c["opset"]:
        golden["onnx_opset"] = c["opset"]
    for feed in feeds:
        out = golden_fn(*[tf.constant(v) for v in feed.values()])
        golden["cases"].append({"signature": "serving_default", "inputs": {k: tensor_json(v) for k, v in feed.items()},
                                "outputs": {k: tensor_json(v) for k, v in as_outputs(out).items()}})
    with open(golden_path, "w") as f:
        json.dump(golden, f)
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="test/op-suite")
    ap.add_argument("--only", default="", help="comma-separated substrings of case names")
    ap.add_argument("--force", action="store_true")
    ap.add_argument("--list", action="store_true", help="print the case names and exit")
    args = ap.parse_args()
    names = [c["name"] for c in CASES]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        sys.exit(f"duplicate case names: {sorted(dupes)}")
    if args.list:
        print("\n".join(names))
        return
    os.makedirs(args.out, exist_ok=True)
    only = [s for s in args.only.split(",") if s]
    t0 = time.time()
    wrote = kept = 0
    failed = []
    for c in CASES:
        if only and not any(s in c["name"] for s in only):
            continue
        try:
            if write_case(args.out, c, args.force):
                wrote += 1
            else:
                kept += 1
        except Exception as exc:  # noqa: BLE001 - report every case TensorFlow itself cannot build or run
            lines = [ln.strip() for ln in str(exc).strip().splitlines() if ln.strip()]
            failed.append((c["name"], f"{type(exc).__name__}: {lines[-1][:300] if lines else ''}"))
            shutil.rmtree(os.path.join(args.out, c["name"]), ignore_errors=True)
    if not only:
        # Cases that no longer exist are removed, so the test suite never runs a stale one.
        for stale in sorted(set(os.listdir(args.out)) - set(names)):
            if os.path.isdir(os.path.join(args.out, stale)):
                shutil.rmtree(os.path.join(args.out, stale))
    print(f"op suite: {wrote} written, {kept} kept, {len(failed)} failed in {time.time() - t0:.1f}s ({args.out})", flush=True)
    for name, err in failed:
        print(f"  FAILED {name}: {err}", file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
