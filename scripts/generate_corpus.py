#!/usr/bin/env python3
"""Writes mdeploy's test corpus with real TensorFlow + Keras, and TF's own answers for it.

For each model it writes `<out>/<name>/1/` (a SavedModel, so `<out>/<name>` is a TF Serving base path) and
`<out>/<name>/golden.json`:
  - meta_graphs: tags, TF version and every SignatureDef as TensorFlow itself reads it;
  - variables: every TensorBundle entry with dtype, shape and a SHA-256 of its little-endian bytes, read with
    TensorFlow's own checkpoint reader;
  - captures: for each signature of a TF2 model, the values of the variables its function captures, in order;
  - cases: reference inputs and the outputs TensorFlow computes for them.
The TF Serving fixtures get the same golden file under `<out>/_fixtures/<fixture>.golden.json`.

Tensors in JSON are {"dtype": "DT_FLOAT", "shape": [..], "b64": <raw little-endian bytes>} or, for strings,
{"dtype": "DT_STRING", "shape": [..], "strings_b64": [..]}.

Usage: generate_corpus.py [--out test/corpus] [--fixtures test/fixtures/tfserving] [--only name,name]
"""
import argparse
import base64
import hashlib
import json
import os
import shutil
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")  # deterministic reference numbers

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402
from tensorflow.core.framework import types_pb2  # noqa: E402
from tensorflow.python.tools import saved_model_utils  # noqa: E402

SEED = 20261121
FORMAT_VERSION = 4  # bump when the golden layout or the corpus changes


# ----------------------------------------------------------------------------------------------------------
# golden-file helpers


def dtype_name(enum_value):
    return types_pb2.DataType.Name(enum_value)


def shape_of(shape_proto):
    if shape_proto.unknown_rank:
        return None
    return [int(d.size) for d in shape_proto.dim]


def tensor_json(value):
    arr = value.numpy() if hasattr(value, "numpy") else np.asarray(value)
    dt = tf.as_dtype(arr.dtype) if arr.dtype.kind not in ("O", "S", "U") else tf.string
    out = {"dtype": dtype_name(dt.as_datatype_enum), "shape": list(arr.shape)}
    if dt == tf.string:
        flat = arr.reshape(-1)
        out["strings_b64"] = [base64.b64encode(s if isinstance(s, bytes) else str(s).encode()).decode() for s in flat]
    else:
        out["b64"] = base64.b64encode(np.ascontiguousarray(arr).astype(arr.dtype.newbyteorder("<")).tobytes()).decode()
    return out


def signature_json(sig):
    def infos(m):
        return {k: {"name": v.name, "dtype": dtype_name(v.dtype), "shape": shape_of(v.tensor_shape)} for k, v in m.items()}

    return {"method_name": sig.method_name, "inputs": infos(sig.inputs), "outputs": infos(sig.outputs)}


def read_meta_graphs(model_dir):
    sm = saved_model_utils.read_saved_model(model_dir)
    out = []
    for mg in sm.meta_graphs:
        out.append({
            "tags": list(mg.meta_info_def.tags),
            "tensorflow_version": mg.meta_info_def.tensorflow_version,
            "signatures": {k: signature_json(v) for k, v in mg.signature_def.items()},
        })
    return out


def read_variables(model_dir):
    prefix = os.path.join(model_dir, "variables", "variables")
    if not os.path.exists(prefix + ".index"):
        return {}
    reader = tf.train.load_checkpoint(prefix)
    dtypes = reader.get_variable_to_dtype_map()
    shapes = reader.get_variable_to_shape_map()
    out = {}
    for name in sorted(dtypes):
        value = reader.get_tensor(name)
        entry = {"dtype": dtype_name(dtypes[name].as_datatype_enum), "shape": list(shapes[name])}
        if dtypes[name] == tf.string:
            flat = np.asarray(value, dtype=object).reshape(-1)
            entry["sha256"] = hashlib.sha256(b"".join(len(s).to_bytes(8, "little") + s for s in flat)).hexdigest()
        else:
            arr = np.asarray(value)
            entry["sha256"] = hashlib.sha256(np.ascontiguousarray(arr).astype(arr.dtype.newbyteorder("<")).tobytes()).hexdigest()
        out[name] = entry
    return out


def read_captures(loaded):
    """For each signature, the SHA-256 of every captured variable's value, in capture order."""
    out = {}
    for key, fn in getattr(loaded, "signatures", {}).items():
        values = []
        for handle in fn.captured_inputs:
            if handle.dtype != tf.resource:
                values.append(None)
                continue
            try:
                dt = handle._handle_data.shape_and_type[0].dtype  # noqa: SLF001 - TF's own record of the dtype
                value = tf.raw_ops.ReadVariableOp(resource=handle, dtype=tf.as_dtype(dt)).numpy()
                values.append(hashlib.sha256(np.ascontiguousarray(value).astype(value.dtype.newbyteorder("<")).tobytes()).hexdigest())
            except Exception:  # noqa: BLE001 - a table or other non-variable resource
                values.append(None)
        out[key] = values
    return out


# ----------------------------------------------------------------------------------------------------------
# reference inputs


def concrete_shape(shape, batch, fill):
    if shape is None:
        return [batch]
    return [batch if i == 0 and d == -1 else (fill.pop(0) if d == -1 and fill else (7 if d == -1 else d)) for i, d in enumerate(shape)]


def random_input(rng, spec, batch=2, fill=None, int_range=(0, 10)):
    shape = concrete_shape(spec["shape"], batch, list(fill or []))
    dt = spec["dtype"]
    if dt in ("DT_FLOAT", "DT_DOUBLE", "DT_HALF"):
        np_dt = {"DT_FLOAT": np.float32, "DT_DOUBLE": np.float64, "DT_HALF": np.float16}[dt]
        return rng.standard_normal(shape).astype(np_dt)
    if dt in ("DT_INT32", "DT_INT64", "DT_INT8", "DT_UINT8", "DT_INT16"):
        np_dt = {"DT_INT32": np.int32, "DT_INT64": np.int64, "DT_INT8": np.int8, "DT_UINT8": np.uint8, "DT_INT16": np.int16}[dt]
        return rng.integers(int_range[0], int_range[1], size=shape).astype(np_dt)
    if dt == "DT_BOOL":
        return rng.integers(0, 2, size=shape).astype(bool)
    if dt == "DT_STRING":
        words = [b"hello", b"world", b"mdeploy", b"", b"hello world"]
        return np.array([words[i % len(words)] for i in range(int(np.prod(shape)))], dtype=object).reshape(shape)
    raise ValueError(f"no random input for {dt}")


def run_signature(loaded, key, inputs):
    fn = loaded.signatures[key]
    tensors = {k: tf.constant(v) for k, v in inputs.items()}
    outputs = fn(**tensors)
    return {k: tensor_json(v) for k, v in outputs.items()}


def is_tf1(model_dir):
    sm = saved_model_utils.read_saved_model(model_dir)
    return not sm.meta_graphs[0].object_graph_def.nodes


def run_tf1_session(model_dir, plan):
    """Runs a TF1 graph the way TF Serving does: one Session, feeds and fetches by tensor name, in order."""
    v1 = tf.compat.v1
    config = v1.ConfigProto(allow_soft_placement=True)
    with v1.Session(graph=tf.Graph(), config=config) as sess:
        meta = v1.saved_model.loader.load(sess, ["serve"], model_dir)
        results = []
        for key, inputs in plan:
            sig = meta.signature_def[key]
            feed = {sig.inputs[k].name: v for k, v in inputs.items()}
            names = sorted(sig.outputs)
            try:
                values = sess.run([sig.outputs[k].name for k in names], feed_dict=feed)
            except Exception as exc:  # noqa: BLE001 - TF itself cannot run this case; record why
                results.append({"__error__": str(exc).splitlines()[0][:300]})
                continue
            results.append({k: tensor_json(np.asarray(v)) for k, v in zip(names, values)})
        return results


def make_cases(model_dir, golden, plan):
    """plan: list of (signature_key, {input_key: ndarray}), run in order (stateful models depend on it)."""
    if is_tf1(model_dir):
        outputs = run_tf1_session(model_dir, plan)
        golden["captures"] = {}
    else:
        loaded = tf.saved_model.load(model_dir)
        outputs = [run_signature(loaded, key, inputs) for key, inputs in plan]
        golden["captures"] = read_captures(loaded)
    golden["cases"] = []
    for (key, inputs), out in zip(plan, outputs):
        case = {"signature": key, "inputs": {k: tensor_json(v) for k, v in inputs.items()}}
        if "__error__" in out:
            case["error"] = out["__error__"]
        else:
            case["outputs"] = out
        golden["cases"].append(case)


def default_plan(golden, rng, keys=None, **kw):
    sigs = golden["meta_graphs"][0]["signatures"]
    plan = []
    for key in keys or sorted(sigs):
        if key.startswith("__"):
            continue
        plan.append((key, {k: random_input(rng, spec, **kw) for k, spec in sigs[key]["inputs"].items()}))
    return plan


# ----------------------------------------------------------------------------------------------------------
# the corpus


def randomize_batchnorm(model, rng):
    """Non-trivial BatchNorm statistics, so batch-norm folding is really exercised."""
    for layer in model._flatten_layers(include_self=False):  # noqa: SLF001
        if isinstance(layer, keras.layers.BatchNormalization):
            gamma, beta, mean, var = layer.get_weights()
            layer.set_weights([
                rng.uniform(0.8, 1.2, gamma.shape).astype(np.float32),
                rng.normal(0, 0.1, beta.shape).astype(np.float32),
                rng.normal(0, 0.1, mean.shape).astype(np.float32),
                rng.uniform(0.5, 1.5, var.shape).astype(np.float32),
            ])


def export_keras(model, model_dir):
    model.export(model_dir, format="tf_saved_model", verbose=False)


def build_mlp(model_dir, rng):
    inp = keras.Input((8,), name="features")
    x = keras.layers.Dense(16, activation="relu")(inp)
    x = keras.layers.Dense(16, activation="tanh")(x)
    out = keras.layers.Dense(4, activation="softmax")(x)
    export_keras(keras.Model(inp, out, name="mlp"), model_dir)


def build_cnn(model_dir, rng):
    inp = keras.Input((28, 28, 1), name="image")
    x = keras.layers.Conv2D(8, 3, padding="same")(inp)
    x = keras.layers.BatchNormalization()(x)
    x = keras.layers.ReLU()(x)
    x = keras.layers.MaxPooling2D(2)(x)
    x = keras.layers.Conv2D(16, 3, activation="relu", padding="valid")(x)
    x = keras.layers.BatchNormalization()(x)
    x = keras.layers.MaxPooling2D(2)(x)
    x = keras.layers.Dropout(0.25)(x)
    x = keras.layers.Flatten()(x)
    x = keras.layers.Dense(32, activation="relu")(x)
    x = keras.layers.Dropout(0.5)(x)
    out = keras.layers.Dense(10)(x)
    model = keras.Model(inp, out, name="cnn")
    randomize_batchnorm(model, rng)
    export_keras(model, model_dir)


def build_depthwise(model_dir, rng):
    inp = keras.Input((32, 32, 3), name="image")
    x = keras.layers.Conv2D(16, 3, strides=2, padding="same", use_bias=False)(inp)
    x = keras.layers.BatchNormalization()(x)
    x = keras.layers.ReLU(6.0)(x)
    x = keras.layers.DepthwiseConv2D(3, padding="same", use_bias=False)(x)
    x = keras.layers.BatchNormalization()(x)
    x = keras.layers.ReLU(6.0)(x)
    x = keras.layers.Conv2D(24, 1, use_bias=False)(x)
    x = keras.layers.BatchNormalization()(x)
    x = keras.layers.SeparableConv2D(32, 3, strides=2, padding="same", activation="elu")(x)
    x = keras.layers.AveragePooling2D(2)(x)
    x = keras.layers.GlobalAveragePooling2D()(x)
    out = keras.layers.Dense(5, activation="sigmoid")(x)
    model = keras.Model(inp, out, name="depthwise")
    randomize_batchnorm(model, rng)
    export_keras(model, model_dir)


class TwoSignatures(tf.Module):
    def __init__(self, rng):
        super().__init__()
        self.w = tf.Variable(rng.standard_normal((4, 3)).astype(np.float32), name="w")
        self.b = tf.Variable(rng.standard_normal((3,)).astype(np.float32), name="b")

    @tf.function(input_signature=[tf.TensorSpec([None, 4], tf.float32, name="x")])
    def predict(self, x):
        return {"y": tf.nn.relu(tf.matmul(x, self.w) + self.b)}

    @tf.function(input_signature=[tf.TensorSpec([None, 4], tf.float32, name="x"),
                                  tf.TensorSpec([], tf.float32, name="factor")])
    def scale(self, x, factor):
        return {"scaled": x * factor, "norm": tf.sqrt(tf.reduce_sum(x * x, axis=1))}


def build_two_signatures(model_dir, rng):
    m = TwoSignatures(rng)
    tf.saved_model.save(m, model_dir, signatures={"serving_default": m.predict, "scale": m.scale})


class MixedDtypes(tf.Module):
    def __init__(self, rng):
        super().__init__()
        self.weights_ = tf.Variable(rng.standard_normal((5,)).astype(np.float32), name="weights")
        self.offset = tf.Variable(np.int64(1000), name="offset")

    @tf.function(input_signature=[tf.TensorSpec([None, 5], tf.int64, name="ids"),
                                  tf.TensorSpec([None], tf.string, name="text")])
    def serve(self, ids, text):
        return {
            "ids_sum": tf.reduce_sum(ids, axis=1) + self.offset,
            "weighted": tf.reduce_sum(tf.cast(ids, tf.float32) * self.weights_, axis=1),
            "is_hello": tf.cast(tf.equal(text, "hello"), tf.int32),
        }


def build_mixed_dtypes(model_dir, rng):
    m = MixedDtypes(rng)
    tf.saved_model.save(m, model_dir, signatures={"serving_default": m.serve})


def build_dynamic(model_dir, rng):
    inp = keras.Input((None, None, 3), name="image")
    x = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(inp)
    x = keras.layers.Conv2D(12, 3, strides=2, padding="same", activation="relu")(x)
    x = keras.layers.MaxPooling2D(2, padding="same")(x)
    x = keras.layers.GlobalAveragePooling2D()(x)
    out = keras.layers.Dense(5)(x)
    export_keras(keras.Model(inp, out, name="dynamic"), model_dir)


def build_multi_output(model_dir, rng):
    inp = keras.Input((12,), name="features")
    h = keras.layers.Dense(24, activation="relu")(inp)
    embedding = keras.layers.Dense(6, name="embedding")(h)
    logits = keras.layers.Dense(3, name="logits")(h)
    probs = keras.layers.Softmax(name="probs")(logits)
    score = keras.layers.Dense(1, activation="sigmoid", name="score")(embedding)
    model = keras.Model(inp, {"probs": probs, "logits": logits, "embedding": embedding, "score": score}, name="multi_output")
    export_keras(model, model_dir)


def build_text_bilstm(model_dir, rng):
    inp = keras.Input((20,), dtype="int32", name="tokens")
    x = keras.layers.Embedding(1000, 32)(inp)
    x = keras.layers.Bidirectional(keras.layers.LSTM(16))(x)
    out = keras.layers.Dense(3)(x)
    export_keras(keras.Model(inp, out, name="text_bilstm"), model_dir)


def build_text_gru(model_dir, rng):
    inp = keras.Input((None,), dtype="int32", name="tokens")
    x = keras.layers.Embedding(500, 16)(inp)
    x = keras.layers.GRU(24)(x)
    out = keras.layers.Dense(2)(x)
    export_keras(keras.Model(inp, out, name="text_gru"), model_dir)


def build_text_lstm(model_dir, rng):
    # The LSTM forms TFLite's UNIDIRECTIONAL_SEQUENCE_LSTM covers, and one it must not take: a forward LSTM
    # returning every step, started from a state the graph computes; a relu LSTM (stays a loop); a
    # go_backwards LSTM without bias returning the last step; and its final h from return_state.
    inp = keras.Input((12,), dtype="int32", name="tokens")
    x = keras.layers.Embedding(300, 10)(inp)
    h0 = keras.layers.Dense(8, activation="tanh")(keras.layers.GlobalAveragePooling1D()(x))
    c0 = keras.layers.Dense(8)(keras.layers.GlobalMaxPooling1D()(x))
    seq = keras.layers.LSTM(8, return_sequences=True)(x, initial_state=[h0, c0])
    seq = keras.layers.LSTM(8, activation="relu", return_sequences=True)(seq)
    last, h, _ = keras.layers.LSTM(6, go_backwards=True, use_bias=False, return_state=True)(seq)
    out = keras.layers.Dense(3)(keras.layers.Concatenate()([last, h, keras.layers.Flatten()(seq)]))
    export_keras(keras.Model(inp, out, name="text_lstm"), model_dir)


def build_attention(model_dir, rng):
    inp = keras.Input((16, 32), name="tokens")
    att = keras.layers.MultiHeadAttention(num_heads=4, key_dim=8)(inp, inp)
    x = keras.layers.LayerNormalization(epsilon=1e-6)(inp + att)
    ff = keras.layers.Dense(64, activation="gelu")(x)
    ff = keras.layers.Dense(32)(ff)
    x = keras.layers.LayerNormalization(epsilon=1e-6)(x + ff)
    tanh_gelu = keras.layers.Dense(32, activation=lambda t: keras.activations.gelu(t, approximate=True))(x)
    pooled = keras.layers.GlobalAveragePooling1D()(tanh_gelu)
    out = keras.layers.Dense(4)(pooled)
    export_keras(keras.Model(inp, out, name="attention"), model_dir)


def build_mobilenetv2(model_dir, rng):
    inp = keras.Input((224, 224, 3), name="image")
    model = keras.applications.MobileNetV2(weights=None, classifier_activation=None, input_tensor=inp)
    randomize_batchnorm(model, rng)
    export_keras(model, model_dir)


def build_resnet50(model_dir, rng):
    inp = keras.Input((224, 224, 3), name="image")
    model = keras.applications.ResNet50(weights=None, classifier_activation=None, input_tensor=inp)
    randomize_batchnorm(model, rng)
    export_keras(model, model_dir)


def build_tf1_graph(model_dir, rng):
    """A TF1-style graph: VariableV2, a Saver, and predict / classify / regress signatures."""
    v1 = tf.compat.v1
    graph = tf.Graph()
    with graph.as_default():
        w_init = rng.standard_normal((3, 2)).astype(np.float32)
        w = v1.Variable(w_init, name="w", use_resource=False)
        b = v1.Variable(np.array([0.5, -0.25], np.float32), name="b", use_resource=False)
        x = v1.placeholder(tf.float32, [None, 3], name="x")
        logits = tf.add(tf.matmul(x, w), b, name="logits")
        probs = tf.nn.softmax(logits, name="probs")
        total = tf.reduce_sum(logits, axis=1, keepdims=True, name="total")

        serialized = v1.placeholder(tf.string, [None], name="tf_example")
        parsed = v1.parse_example(serialized, {"x": v1.FixedLenFeature([3], tf.float32)})
        ex_logits = tf.matmul(parsed["x"], w) + b
        ex_scores = tf.nn.softmax(ex_logits, name="scores")
        ex_classes = tf.tile(tf.constant([["neg", "pos"]]), [tf.shape(serialized)[0], 1], name="classes")
        ex_total = tf.reduce_sum(ex_logits, axis=1, keepdims=True, name="regress_total")

        sig = v1.saved_model.signature_def_utils
        build = v1.saved_model.utils.build_tensor_info
        predict = sig.predict_signature_def({"x": x}, {"probs": probs, "total": total})
        classify = sig.classification_signature_def(serialized, ex_classes, ex_scores)
        regress = sig.regression_signature_def(serialized, ex_total)
        _ = build
        with v1.Session(graph=graph) as sess:
            sess.run(v1.global_variables_initializer())
            builder = v1.saved_model.Builder(model_dir)
            builder.add_meta_graph_and_variables(
                sess, [v1.saved_model.tag_constants.SERVING],
                signature_def_map={"serving_default": predict, "classify": classify, "regress": regress},
                strip_default_attrs=True)
            builder.save()


class AbortOnNegative(tf.Module):
    """Kills its process (tf.raw_ops.Abort) when any input is negative: a stand-in for a native crash."""

    @tf.function(input_signature=[tf.TensorSpec([None, 2], tf.float32, name="x")])
    def serve(self, x):
        def crash():
            abort = tf.raw_ops.Abort(error_msg="negative input", exit_without_error=False)
            with tf.control_dependencies([abort]):
                return tf.identity(x)
        checked = tf.cond(tf.reduce_any(x < 0), crash, lambda: x)
        return {"y": checked * 2.0}


def build_abort_on_negative(model_dir, rng):
    m = AbortOnNegative()
    tf.saved_model.save(m, model_dir, signatures={"serving_default": m.serve})


class CheckNumerics(tf.Module):
    """Fails with InvalidArgument (CheckNumerics) on NaN or Inf: one client's bad input in a shared batch."""

    def __init__(self, rng):
        super().__init__()
        self.w = tf.Variable(rng.standard_normal((4,)).astype(np.float32), name="w")

    @tf.function(input_signature=[tf.TensorSpec([None, 4], tf.float32, name="x")])
    def serve(self, x):
        return {"y": tf.debugging.check_numerics(x, "input x") * self.w}


def build_check_numerics(model_dir, rng):
    m = CheckNumerics(rng)
    tf.saved_model.save(m, model_dir, signatures={"serving_default": m.serve})


class OddNames(tf.Module):
    """Input and output keys that are also JavaScript Object.prototype members."""

    @tf.function(input_signature=[tf.TensorSpec([None, 2], tf.float32, name="constructor"),
                                  tf.TensorSpec([None, 2], tf.float32, name="hasOwnProperty")])
    def serve(self, constructor, hasOwnProperty):  # noqa: N803
        return {"toString": constructor + hasOwnProperty, "constructor": constructor * 2.0}


def build_odd_names(model_dir, rng):
    m = OddNames()
    tf.saved_model.save(m, model_dir, signatures={"serving_default": m.serve})


# Every dtype TF Serving takes, with the values that break narrowing conversions: each type's min and max,
# int64 past 2^53, uint64 past 2^63, NaN (both signs, with a payload), ±Inf, -0.0 and subnormals.
ALL_DTYPES = {
    "f16": tf.float16, "f32": tf.float32, "f64": tf.float64,
    "i8": tf.int8, "i16": tf.int16, "i32": tf.int32, "i64": tf.int64,
    "u8": tf.uint8, "u16": tf.uint16, "u32": tf.uint32, "u64": tf.uint64,
    "b": tf.bool, "s": tf.string,
}


def identity_and_op(x, dt):
    """x as is, and through a TF kernel: x + 1 for integers (wrapping past the max, as TF does), -x for floats
    (flips the sign bit, NaN included), NOT for bool, == "hello" for strings."""
    if dt == tf.bool:
        return tf.identity(x), tf.logical_not(x)
    if dt == tf.string:
        return tf.identity(x), tf.equal(x, "hello")
    if dt.is_floating:
        return tf.identity(x), tf.negative(x)
    return tf.identity(x), x + tf.constant(1, dt)


class AllDtypes(tf.Module):
    """serving_default returns each input as `<key>_id` and `<key>_op` (identity_and_op). bfloat16 has its own
    signature because onnxruntime-node cannot load a model with a bfloat16 input, so serving_default also
    converts to ONNX. complex_out returns complex64 from real inputs (the `complex` model has complex inputs)."""

    @tf.function(input_signature=[tf.TensorSpec([None], dt, name=k) for k, dt in ALL_DTYPES.items()])
    def serve(self, *args):
        out = {}
        for (k, dt), x in zip(ALL_DTYPES.items(), args):
            out[k + "_id"], out[k + "_op"] = identity_and_op(x, dt)
        return out

    @tf.function(input_signature=[tf.TensorSpec([None], tf.bfloat16, name="bf16")])
    def bfloat16(self, bf16):
        ident, op = identity_and_op(bf16, tf.bfloat16)
        return {"bf16_id": ident, "bf16_op": op}

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32, name="re"), tf.TensorSpec([None], tf.float32, name="im")])
    def complex_out(self, re, im):
        return {"z": tf.complex(re, im)}


def build_all_dtypes(model_dir, rng):
    m = AllDtypes()
    tf.saved_model.save(m, model_dir, signatures={"serving_default": m.serve, "bfloat16": m.bfloat16, "complex_out": m.complex_out})


class Complex(tf.Module):
    """complex64 and complex128 signature inputs and outputs, which TF Serving carries over gRPC only
    (scomplex_val / dcomplex_val, or tensor_content; its JSON has no complex numbers). serving_default returns
    each input as is (`<key>_id`), through a kernel that only flips sign bits (`c64_op` = conj, `c128_op` = -x,
    so NaN payloads survive) and one part as a real tensor (`c64_re`, `c128_im`). multiply computes in
    complex128; from_real builds complex outputs from real inputs (JSON can send those, not read the answer)."""

    @tf.function(input_signature=[tf.TensorSpec([None], tf.complex64, name="c64"), tf.TensorSpec([None], tf.complex128, name="c128")])
    def serve(self, c64, c128):
        return {"c64_id": tf.identity(c64), "c64_op": tf.math.conj(c64), "c64_re": tf.math.real(c64),
                "c128_id": tf.identity(c128), "c128_op": tf.negative(c128), "c128_im": tf.math.imag(c128)}

    @tf.function(input_signature=[tf.TensorSpec([None], tf.complex64, name="c64"), tf.TensorSpec([None], tf.complex128, name="c128")])
    def multiply(self, c64, c128):
        return {"product": tf.cast(c64, tf.complex128) * c128}

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float64, name="re"), tf.TensorSpec([None], tf.float64, name="im")])
    def from_real(self, re, im):
        return {"z64": tf.complex(tf.cast(re, tf.float32), tf.cast(im, tf.float32)), "z128": tf.complex(re, im)}


def build_complex(model_dir, rng):
    m = Complex()
    tf.saved_model.save(m, model_dir, signatures={"serving_default": m.serve, "multiply": m.multiply, "from_real": m.from_real})


def complex_plan(golden, rng):
    def pairs(part_dt, *patterns):
        """Complex values from the raw bits of their (real, imag) parts, interleaved as TensorFlow lays them out."""
        return bits(part_dt, *patterns).view(np.complex64 if part_dt == np.float32 else np.complex128)

    f32 = np.finfo(np.float32)
    f64 = np.finfo(np.float64)
    as32 = lambda *v: np.array(v, np.float32).view(np.uint32).tolist()  # noqa: E731
    as64 = lambda *v: np.array(v, np.float64).view(np.uint64).tolist()  # noqa: E731
    # (1, 2), (-0.5, -0.0), (inf, -inf), (NaN with a payload, -NaN), (max, tiny), (subnormals), (0.1, -1/3), (0, 0)
    c64 = pairs(np.float32, *as32(1.0, 2.0, -0.5), 0x80000000, *as32(np.inf, -np.inf), 0x7FC00123, 0xFFC00000,
                *as32(f32.max, f32.tiny), 0x00000001, 0x807FFFFF, *as32(0.1, -1 / 3, 0.0, 0.0))
    c128 = pairs(np.float64, *as64(1.0, 2.0, -0.5), 0x8000000000000000, *as64(np.inf, -np.inf), 0x7FF8000000000123,
                 0xFFF8000000000000, *as64(f64.max, f64.tiny), 0x0000000000000001, 0x800FFFFFFFFFFFFF,
                 *as64(0.1, 1 / 3, 2.0**53 + 2, 0.0))
    return [
        ("serving_default", {"c64": c64, "c128": c128}),
        # What a single (real, imag) pair in scomplex_val / dcomplex_val broadcasts to.
        ("serving_default", {"c64": np.full(3, 1.5 - 2j, np.complex64), "c128": np.full(3, -0.25 + 8j, np.complex128)}),
        ("serving_default", {"c64": np.zeros(0, np.complex64), "c128": np.zeros(0, np.complex128)}),
        # Dyadic values: the products are exact, whatever instructions a TensorFlow build multiplies with.
        ("multiply", {"c64": np.array([1 + 2j, -3.5 + 0.25j], np.complex64), "c128": np.array([2 - 1j, 0.5 + 4j], np.complex128)}),
        ("from_real", {"re": np.array([1.0, -0.5, 3.0]), "im": np.array([2.0, 0.0, -0.125])}),
    ]


class Complex64Tfjs(tf.Module):
    """complex64 in and out through ops TF.js has (tfjs-converter's Complex, Real, Imag, ComplexAbs, Mul, Neg), for
    the tfjs backend: `z_id` = z, `conj` = Complex(Real(z), -Imag(z)) (TF.js has no Conj), `product` = z * w,
    `abs` = |z| (ComplexAbs, a float32 output), `re` / `im` one part each as a real tensor."""

    @tf.function(input_signature=[tf.TensorSpec([None], tf.complex64, name="z"), tf.TensorSpec([None], tf.complex64, name="w")])
    def serve(self, z, w):
        re, im = tf.math.real(z), tf.math.imag(z)
        return {"z_id": tf.identity(z), "conj": tf.complex(re, tf.negative(im)), "product": z * w,
                "abs": tf.math.abs(z), "re": re, "im": im}


def build_complex64_tfjs(model_dir, rng):
    m = Complex64Tfjs()
    tf.saved_model.save(m, model_dir, signatures={"serving_default": m.serve})


def complex64_tfjs_plan(golden, rng):
    c64 = lambda re, im: (np.asarray(re, np.float32) + 1j * np.asarray(im, np.float32)).astype(np.complex64)  # noqa: E731
    f32 = np.finfo(np.float32)
    # Dyadic parts with Pythagorean moduli: every output is exact in float32, however a runtime multiplies.
    exact = (c64([3, 0, -6, 0.75, -5], [4, -2, 8, 1, -12]), c64([1, 0.5, -2, 4, -3.5], [-2, 3, 0.125, -1, 0.5]))
    # Random values: TF.js's pure-JavaScript CPU backend rounds the product differently (the test allows float32
    # error there); tfjs-node runs libtensorflow's kernels.
    noisy = (c64(rng.standard_normal(6), rng.standard_normal(6)), c64(rng.standard_normal(6), rng.standard_normal(6)))
    # Bits that identity, negation and part extraction must keep: -0.0, ±Inf, a NaN with a payload, a subnormal.
    special = bits(np.float32, 0x80000000, 0x3F800000, *np.array([np.inf, -np.inf], np.float32).view(np.uint32).tolist(),
                   0x7FC00123, 0x00000001, *np.array([f32.max, -f32.tiny], np.float32).view(np.uint32).tolist()).view(np.complex64)
    return [
        ("serving_default", {"z": exact[0], "w": exact[1]}),
        ("serving_default", {"z": noisy[0], "w": noisy[1]}),
        ("serving_default", {"z": special, "w": np.ones(special.shape, np.complex64)}),
        ("serving_default", {"z": np.zeros(0, np.complex64), "w": np.zeros(0, np.complex64)}),
    ]


def bits(np_dt, *patterns):
    """Floats of np_dt from their raw bit patterns (NaN payloads, -0.0, subnormals exactly)."""
    return np.array(patterns, dtype={2: np.uint16, 4: np.uint32, 8: np.uint64}[np.dtype(np_dt).itemsize]).view(np_dt)


def all_dtypes_plan(golden, rng):
    bf16 = tf.bfloat16.as_numpy_dtype
    ints = {k: ALL_DTYPES[k].as_numpy_dtype for k in ("i8", "i16", "i32", "u8", "u16", "u32")}
    extreme = {k: np.array([np.iinfo(t).min, np.iinfo(t).max, 0, 1, np.iinfo(t).max // 2 + 1, np.iinfo(t).min + 1], t) for k, t in ints.items()}
    extreme["i64"] = np.array([-2**63, 2**63 - 1, 2**53 + 1, -(2**53 + 1), -1, 0, 1], np.int64)
    extreme["u64"] = np.array([0, 2**64 - 1, 2**63, 2**53 + 1, 1], np.uint64)
    extreme["f16"] = np.concatenate([
        np.array([0.0, 65504.0, -65504.0, 2.0**-14, 0.1, -1.5, np.inf, -np.inf, np.nan], np.float16),
        bits(np.float16, 0x8000, 0x0001, 0x03FF, 0x8001, 0xFE00, 0x7E01),  # -0, subnormals, -NaN, NaN payload
    ])
    extreme["bf16"] = np.concatenate([
        np.array([0.0, 1.5, -3.25, 3.3895314e38, np.inf, -np.inf, np.nan], bf16),
        bits(np.uint16, 0x8000, 0x0001, 0xFFC0, 0x7FC1).view(bf16),
    ])
    f32 = np.finfo(np.float32)
    extreme["f32"] = np.concatenate([
        np.array([0.0, f32.max, -f32.max, f32.tiny, 0.1, np.inf, -np.inf, np.nan], np.float32),
        bits(np.float32, 0x80000000, 0x00000001, 0x807FFFFF, 0xFFC00000, 0x7FC00123),
    ])
    f64 = np.finfo(np.float64)
    extreme["f64"] = np.concatenate([
        np.array([0.0, f64.max, -f64.max, f64.tiny, 0.1, 1 / 3, 2.0**53 + 2, np.inf, -np.inf, np.nan], np.float64),
        bits(np.float64, 0x8000000000000000, 0x0000000000000001, 0xFFF8000000000000, 0x7FF8000000000123),
    ])
    extreme["b"] = np.array([True, False, False, True])
    extreme["s"] = np.array([b"hello", b"", b"\x00\xff\xfe binary", "\u00fcn\u00efcode \u2713".encode()], dtype=object)
    # One length for all, so the case also has a row form and batches like any other request.
    extreme = {k: np.resize(v, 16) for k, v in extreme.items()}
    # Plain values every encoding carries (JSON numbers included); the same dtypes, nothing extreme.
    plain = {k: np.array([3, 0, 1], ALL_DTYPES[k].as_numpy_dtype) for k in ("i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64")}
    for k in ("f16", "f32", "f64"):
        plain[k] = np.array([0.5, -2.0, 1024.0], ALL_DTYPES[k].as_numpy_dtype)
    plain["b"] = np.array([True, False, True])
    plain["s"] = np.array([b"a", b"bc", b""], dtype=object)
    return [
        ("serving_default", {k: extreme[k] for k in ALL_DTYPES}),
        ("serving_default", {k: plain[k] for k in ALL_DTYPES}),
        ("bfloat16", {"bf16": extreme["bf16"]}),
        ("complex_out", {"re": np.array([1.0, -0.5], np.float32), "im": np.array([2.0, 0.0], np.float32)}),
    ]


def example_bytes(rng, n):
    out = []
    for _ in range(n):
        ex = tf.train.Example(features=tf.train.Features(feature={
            "x": tf.train.Feature(float_list=tf.train.FloatList(value=rng.standard_normal(3).astype(np.float32)))}))
        out.append(ex.SerializeToString())
    return np.array(out, dtype=object)


MODELS = {
    # name: (builder, plan(golden, rng) -> [(signature, inputs)])
    "mlp": (build_mlp, None),
    "cnn": (build_cnn, None),
    "depthwise": (build_depthwise, None),
    "two_signatures": (build_two_signatures, lambda g, rng: [
        ("serving_default", {"x": rng.standard_normal((3, 4)).astype(np.float32)}),
        ("scale", {"x": rng.standard_normal((2, 4)).astype(np.float32), "factor": np.float32(2.5)}),
    ]),
    "mixed_dtypes": (build_mixed_dtypes, lambda g, rng: [
        ("serving_default", {"ids": rng.integers(-50, 50, (3, 5)).astype(np.int64),
                             "text": np.array([b"hello", b"world", b"hello "], dtype=object)}),
    ]),
    "dynamic": (build_dynamic, lambda g, rng: [
        ("serving_default", {"image": rng.standard_normal((2, 32, 40, 3)).astype(np.float32)}),
        ("serving_default", {"image": rng.standard_normal((1, 17, 23, 3)).astype(np.float32)}),
    ]),
    "multi_output": (build_multi_output, None),
    "text_bilstm": (build_text_bilstm, lambda g, rng: [
        ("serving_default", {"tokens": rng.integers(0, 1000, (2, 20)).astype(np.int32)}),
    ]),
    "text_lstm": (build_text_lstm, lambda g, rng: [
        ("serving_default", {"tokens": rng.integers(0, 300, (2, 12)).astype(np.int32)}),
        ("serving_default", {"tokens": rng.integers(0, 300, (3, 12)).astype(np.int32)}),
    ]),
    "text_gru": (build_text_gru, lambda g, rng: [
        ("serving_default", {"tokens": rng.integers(0, 500, (2, 9)).astype(np.int32)}),
        ("serving_default", {"tokens": rng.integers(0, 500, (3, 4)).astype(np.int32)}),
    ]),
    "attention": (build_attention, None),
    "mobilenetv2": (build_mobilenetv2, lambda g, rng: [
        ("serving_default", {"image": rng.uniform(-1, 1, (2, 224, 224, 3)).astype(np.float32)}),
    ]),
    "resnet50": (build_resnet50, lambda g, rng: [
        ("serving_default", {"image": rng.uniform(-1, 1, (1, 224, 224, 3)).astype(np.float32)}),
    ]),
    "abort_on_negative": (build_abort_on_negative, lambda g, rng: [
        ("serving_default", {"x": rng.uniform(0, 5, (3, 2)).astype(np.float32)}),
    ]),
    "check_numerics": (build_check_numerics, None),
    "odd_names": (build_odd_names, None),
    "all_dtypes": (build_all_dtypes, all_dtypes_plan),
    "complex": (build_complex, complex_plan),
    "complex64_tfjs": (build_complex64_tfjs, complex64_tfjs_plan),
    "tf1_graph": (build_tf1_graph, lambda g, rng: [
        ("serving_default", {"x": rng.standard_normal((4, 3)).astype(np.float32)}),
        ("classify", {"inputs": example_bytes(rng, 3)}),
        ("regress", {"inputs": example_bytes(rng, 2)}),
    ]),
}


# Models kept out of the corpus directory's top level, which the generic suites iterate (their JSON and TF.js
# routes cannot carry NaN, 2^64 - 1 or int8 wrapping exactly); test/integration/serve-dtypes and
# serve-tfjs-complex read them here.
EXACT_ONLY = {"all_dtypes": "_dtypes", "complex": "_dtypes", "complex64_tfjs": "_dtypes"}


def write_model(out_dir, name, force):
    builder, plan_fn = MODELS[name]
    base = os.path.join(out_dir, EXACT_ONLY.get(name, ""), name)
    golden_path = os.path.join(base, "golden.json")
    if not force and os.path.exists(golden_path):
        with open(golden_path) as f:
            if json.load(f).get("format") == FORMAT_VERSION:
                return False
    shutil.rmtree(base, ignore_errors=True)
    model_dir = os.path.join(base, "1")
    tf.keras.backend.clear_session() if hasattr(tf, "keras") else None
    keras.utils.set_random_seed(SEED)
    rng = np.random.default_rng(SEED)
    builder(model_dir, rng)
    golden = {"format": FORMAT_VERSION, "name": name, "tensorflow": tf.__version__, "keras": keras.__version__,
              "meta_graphs": read_meta_graphs(model_dir), "variables": read_variables(model_dir)}
    if plan_fn is None:
        # Keras models take their first input; rename-safe because the key comes from TF's own reading.
        plan = default_plan(golden, rng, keys=["serving_default"])
    else:
        plan = plan_fn(golden, rng)
    make_cases(model_dir, golden, plan)
    with open(golden_path + ".tmp", "w") as f:
        json.dump(golden, f)
    os.replace(golden_path + ".tmp", golden_path)
    return True


def half_plus_two_plan(rng):
    examples = np.array([tf.train.Example(features=tf.train.Features(feature={
        "x": tf.train.Feature(float_list=tf.train.FloatList(value=[v]))})).SerializeToString() for v in (1.0, 2.0, 5.0)],
        dtype=object)
    return [
        ("serving_default", {"x": np.array([[1.0], [2.0], [5.0]], np.float32)}),
        ("classify_x_to_y", {"inputs": examples}),
        ("regress_x_to_y", {"inputs": examples}),
        ("regress_x2_to_y3", {"inputs": np.array([[1.0], [-3.0]], np.float32)}),
    ]


FIXTURE_PLANS = {
    "saved_model_half_plus_two_cpu": half_plus_two_plan,
    "saved_model_half_plus_two_2_versions": half_plus_two_plan,
    "saved_model_half_plus_two_cpu_with_saved_model_config": half_plus_two_plan,
    "saved_model_half_plus_two_cpu_with_empty_saved_model_config": half_plus_two_plan,
    "saved_model_half_plus_two_mlmd": half_plus_two_plan,
    "saved_model_half_plus_two_gpu": half_plus_two_plan,
    "saved_model_half_plus_two_gpu_trt": half_plus_two_plan,
    "saved_model_half_plus_two_tf2_cpu": lambda rng: [("serving_default", {"x": np.array([5.0], np.float32)})],
    # Its SignatureDef says x is a scalar, but the graph placeholder is [None, 1]: feed what the graph takes.
    "saved_model_half_plus_three": lambda rng: [("serving_default", {"x": np.array([[4.0], [-1.0]], np.float32)})],
    "saved_model_half_plus_two_mkl": half_plus_two_plan,
    "matrix_half_plus_two": lambda rng: [("serving_default", {"x": rng.standard_normal((2, 3, 3)).astype(np.float32)})],
    "saved_model_counter": lambda rng: [
        ("reset_counter", {}), ("incr_counter", {}), ("incr_counter", {}),
        ("incr_counter_by", {"delta": np.float32(2.5)}), ("get_counter", {}),
    ],
}


def version_dirs(base):
    return sorted((d for d in os.listdir(base) if d.isdigit()), key=int)


def write_fixture_goldens(fixtures_dir, out_dir, force):
    dest = os.path.join(out_dir, "_fixtures")
    os.makedirs(dest, exist_ok=True)
    rng = np.random.default_rng(SEED)
    wrote = 0
    for name in sorted(os.listdir(fixtures_dir)):
        base = os.path.join(fixtures_dir, name)
        if not os.path.isdir(base) or not version_dirs(base):
            continue
        path = os.path.join(dest, name + ".golden.json")
        if not force and os.path.exists(path):
            with open(path) as f:
                if json.load(f).get("format") == FORMAT_VERSION:
                    continue
        versions = {}
        for v in version_dirs(base):
            model_dir = os.path.join(base, v)
            if not os.path.exists(os.path.join(model_dir, "saved_model.pb")):
                continue
            golden = {"meta_graphs": read_meta_graphs(model_dir), "variables": read_variables(model_dir), "cases": []}
            plan_fn = FIXTURE_PLANS.get(name)
            plan = plan_fn(rng) if plan_fn else []
            sigs = golden["meta_graphs"][0]["signatures"]
            plan = [(k, inputs) for k, inputs in plan if k in sigs]
            try:
                make_cases(model_dir, golden, plan)
            except Exception as exc:  # noqa: BLE001 - e.g. TensorRT ops: record that TF itself cannot run it
                golden["cases"] = []
                golden["load_error"] = str(exc).splitlines()[0][:300]
            versions[v] = golden
        with open(path, "w") as f:
            json.dump({"format": FORMAT_VERSION, "name": name, "versions": versions}, f)
        wrote += 1
    _ = rng
    return wrote


PBTXT_COPIES = ["two_signatures", "tf1_graph"]


def write_trt_engine(out_dir, fixtures_dir):
    """TF Serving's half_plus_two_gpu_trt fixture holds no TensorRT ops (TF-TRT converts it when serving), so
    this writes what a TF-TRT-converted graph looks like: its Mul and Add replaced by TRTEngineOp nodes."""
    from tensorflow.core.protobuf import saved_model_pb2
    src = os.path.join(fixtures_dir, "saved_model_half_plus_two_gpu_trt", "00000123")
    dest = os.path.join(out_dir, "trt_engine")
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(src, os.path.join(dest, "1"))
    for root, dirs, files in os.walk(dest):
        for n in dirs + files:
            os.chmod(os.path.join(root, n), 0o755 if n in dirs else 0o644)
    sm = saved_model_pb2.SavedModel()
    with open(os.path.join(src, "saved_model.pb"), "rb") as f:
        sm.ParseFromString(f.read())
    for node in sm.meta_graphs[0].graph_def.node:
        if node.name in ("Mul", "Add"):
            node.op = "TRTEngineOp"
            node.attr["segment_func"].func.name = "TRTEngineOp_000_000_native_segment"
            node.attr["precision_mode"].s = b"FP16"
    with open(os.path.join(dest, "1", "saved_model.pb"), "wb") as f:
        f.write(sm.SerializeToString())
    golden = {"format": FORMAT_VERSION, "name": "trt_engine", "tensorflow": tf.__version__,
              "meta_graphs": read_meta_graphs(os.path.join(dest, "1")),
              "variables": read_variables(os.path.join(dest, "1")), "captures": {}, "cases": []}
    with open(os.path.join(dest, "golden.json"), "w") as f:
        json.dump(golden, f)


def write_pbtxt_copy(out_dir, name):
    """The same model as text-format saved_model.pbtxt, written by TF's own text_format printer."""
    from google.protobuf import text_format
    src = os.path.join(out_dir, name)
    dest = os.path.join(out_dir, name + "_pbtxt")
    shutil.rmtree(dest, ignore_errors=True)
    os.makedirs(os.path.join(dest, "1"))
    sm = saved_model_utils.read_saved_model(os.path.join(src, "1"))
    with open(os.path.join(dest, "1", "saved_model.pbtxt"), "w") as f:
        f.write(text_format.MessageToString(sm))
    shutil.copytree(os.path.join(src, "1", "variables"), os.path.join(dest, "1", "variables"))
    shutil.copy(os.path.join(src, "golden.json"), os.path.join(dest, "golden.json"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="test/corpus")
    ap.add_argument("--fixtures", default="test/fixtures/tfserving")
    ap.add_argument("--only", default="")
    ap.add_argument("--force", action="store_true")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    names = [n for n in args.only.split(",") if n] or list(MODELS)
    for name in names:
        if name not in MODELS:
            sys.exit(f"unknown corpus model {name!r}; known: {', '.join(MODELS)}")
        t0 = time.time()
        wrote = write_model(args.out, name, args.force)
        print(f"{'wrote' if wrote else 'kept '} {name:16s} {time.time() - t0:6.1f}s", flush=True)
        if name in PBTXT_COPIES and (wrote or not os.path.exists(os.path.join(args.out, name + "_pbtxt", "golden.json"))):
            write_pbtxt_copy(args.out, name)
    if not args.only and os.path.isdir(args.fixtures):
        write_trt_engine(args.out, args.fixtures)
        t0 = time.time()
        n = write_fixture_goldens(args.fixtures, args.out, args.force)
        print(f"fixture goldens: {n} written in {time.time() - t0:.1f}s", flush=True)


if __name__ == "__main__":
    main()
