#!/usr/bin/env python3
"""Writes the TFLite test fixtures and TensorFlow's own reading of every .tflite file the tests use.

- test/fixtures/tflite/dynamic_batch.tflite: built here with tf.lite.TFLiteConverter from a two-signature
  tf.Module: `serving_default` (image [-1,8,8,3] float32 -> Conv2D/ReLU/Mean/MatMul/exact GELU -> scores
  [-1,2]) and `twice` (n [-1] int32 -> doubled). It has a dynamic batch dimension (shape_signature -1) and a
  builtin op whose code is >= 127 (GELU = 150), which TFLite stores with deprecated_builtin_code 127.
- test/fixtures/tflite/expectations.json: for that file and TF Serving's three .tflite fixtures, everything
  TensorFlow reads from them: the flatbuffer as TF's own schema code parses it (tensorflow.lite.tools.
  flatbuffer_utils.read_model), tf.lite.Interpreter's signature list, input/output details and op names, and
  the interpreter's outputs for fixed inputs. Also TF's TensorType/BuiltinOperator/BuiltinOptions enums.

The tests read these goldens and never compute expectations with mdeploy's own reader.

Usage: .venv/bin/python scripts/tflite_expectations.py
"""
import base64
import json
import os
import sys
import tempfile

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")

import warnings  # noqa: E402

warnings.filterwarnings("ignore")

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
from tensorflow.lite.python import schema_py_generated as schema  # noqa: E402
from tensorflow.lite.tools import flatbuffer_utils  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
OUT_DIR = os.path.join(ROOT, "test", "fixtures", "tflite")
TFSERVING = os.path.join("test", "fixtures", "tfserving")
SEED = 20261202

NP_DTYPE = {np.float32: "DT_FLOAT", np.int32: "DT_INT32", np.int64: "DT_INT64", np.uint8: "DT_UINT8",
            np.int8: "DT_INT8", np.bool_: "DT_BOOL", np.bytes_: "DT_STRING", np.object_: "DT_STRING",
            np.float16: "DT_HALF", np.float64: "DT_DOUBLE", np.int16: "DT_INT16"}


def enum_map(cls):
    return {k: v for k, v in vars(cls).items() if not k.startswith("_")}


def build_dynamic_batch(path):
    rng = np.random.default_rng(SEED)

    class Model(tf.Module):
        def __init__(self):
            super().__init__()
            self.kernel = tf.constant((rng.standard_normal((3, 3, 3, 4)) * 0.5).astype(np.float32))
            self.w = tf.constant(rng.standard_normal((4, 2)).astype(np.float32))
            self.b = tf.constant(rng.standard_normal((2,)).astype(np.float32))

        @tf.function(input_signature=[tf.TensorSpec([None, 8, 8, 3], tf.float32, name="image")])
        def classify(self, image):
            h = tf.nn.relu(tf.nn.conv2d(image, self.kernel, 1, "SAME"))
            h = tf.reduce_mean(h, axis=[1, 2])
            return {"scores": tf.nn.gelu(tf.matmul(h, self.w) + self.b, approximate=False)}

        @tf.function(input_signature=[tf.TensorSpec([None], tf.int32, name="n")])
        def twice(self, n):
            return {"doubled": n * 2}

    m = Model()
    with tempfile.TemporaryDirectory() as d:
        tf.saved_model.save(m, d, signatures={"serving_default": m.classify, "twice": m.twice})
        conv = tf.lite.TFLiteConverter.from_saved_model(d, signature_keys=["serving_default", "twice"])
        data = conv.convert()
    with open(path, "wb") as f:
        f.write(data)


def arr(a):
    return None if a is None else [int(x) for x in np.asarray(a).reshape(-1)]


def floats(a):
    return None if a is None else [float(x) for x in np.asarray(a).reshape(-1)]


def text(s):
    return None if s is None else s.decode("utf-8")


def tensor_json(t):
    q = t.quantization
    return {
        "name": text(t.name), "type": int(t.type), "shape": arr(t.shape) or [], "shape_signature": arr(t.shapeSignature),
        "buffer": int(t.buffer), "is_variable": bool(t.isVariable),
        "quantization": None if q is None else {"scale": floats(q.scale), "zero_point": arr(q.zeroPoint),
                                                "quantized_dimension": int(q.quantizedDimension)},
    }


def model_json(m):
    return {
        "version": int(m.version),
        "description": text(m.description),
        "operator_codes": [{"deprecated_builtin_code": int(o.deprecatedBuiltinCode), "builtin_code": int(o.builtinCode),
                            "custom_code": text(o.customCode), "version": int(o.version)} for o in m.operatorCodes or []],
        "subgraphs": [{
            "name": text(sg.name), "inputs": arr(sg.inputs) or [], "outputs": arr(sg.outputs) or [],
            "tensors": [tensor_json(t) for t in sg.tensors or []],
            "operators": [{"opcode_index": int(o.opcodeIndex), "inputs": arr(o.inputs) or [], "outputs": arr(o.outputs) or [],
                           "builtin_options_type": int(o.builtinOptionsType)} for o in sg.operators or []],
        } for sg in m.subgraphs or []],
        "buffers": [{"data_bytes": 0 if b.data is None else len(b.data), "offset": int(b.offset), "size": int(b.size)}
                    for b in m.buffers or []],
        "metadata": [{"name": text(x.name), "buffer": int(x.buffer)} for x in m.metadata or []],
        "signature_defs": [{
            "signature_key": text(s.signatureKey), "subgraph_index": int(s.subgraphIndex),
            "inputs": [{"name": text(t.name), "tensor_index": int(t.tensorIndex)} for t in s.inputs or []],
            "outputs": [{"name": text(t.name), "tensor_index": int(t.tensorIndex)} for t in s.outputs or []],
        } for s in m.signatureDefs or []],
    }


def details_json(ds):
    return [{"name": d["name"], "index": int(d["index"]), "dtype": NP_DTYPE[d["dtype"]], "shape": arr(d["shape"]),
             "shape_signature": arr(d["shape_signature"])} for d in ds]


def tensor_value(a):
    a = np.ascontiguousarray(a)
    return {"dtype": NP_DTYPE[a.dtype.type], "shape": list(a.shape), "b64": base64.b64encode(a.tobytes()).decode()}


def run_cases(path, entry):
    """Interpreter outputs for fixed inputs (signature runner when the model has SignatureDefs)."""
    it = tf.lite.Interpreter(model_path=path)
    cases = []
    if entry["signatures"]:
        rng = np.random.default_rng(SEED + 1)
        for key, sig in entry["signatures"].items():
            runner = it.get_signature_runner(key)
            in_details = runner.get_input_details()
            for batch in (1, 3):
                feeds = {}
                for name in sig["inputs"]:
                    d = in_details[name]
                    shape = [batch if s == -1 else s for s in d["shape_signature"]]
                    if d["dtype"] == np.float32:
                        feeds[name] = rng.standard_normal(shape).astype(np.float32)
                    else:
                        feeds[name] = rng.integers(-50, 50, shape).astype(d["dtype"])
                out = runner(**feeds)
                cases.append({"signature": key, "inputs": {k: tensor_value(v) for k, v in feeds.items()},
                              "outputs": {k: tensor_value(v) for k, v in out.items()}})
    else:
        it.allocate_tensors()
        d = it.get_input_details()[0]
        x = np.array([[5.0]], dtype=np.float32).reshape(d["shape"])
        it.set_tensor(d["index"], x)
        it.invoke()
        o = it.get_output_details()[0]
        cases.append({"signature": None, "inputs": {d["name"]: tensor_value(x)}, "outputs": {o["name"]: tensor_value(it.get_tensor(o["index"]))}})
    return cases


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    build_dynamic_batch(os.path.join(OUT_DIR, "dynamic_batch.tflite"))
    files = [
        os.path.join(TFSERVING, "saved_model_half_plus_two_tflite", "00000123", "model.tflite"),
        os.path.join(TFSERVING, "saved_model_half_plus_two_tflite_with_sigdef", "00000123", "model.tflite"),
        os.path.join(TFSERVING, "parse_example_tflite", "00000123", "model.tflite"),
        os.path.join("test", "fixtures", "tflite", "dynamic_batch.tflite"),
    ]
    models = {}
    for rel in files:
        path = os.path.join(ROOT, rel)
        it = tf.lite.Interpreter(model_path=path)
        entry = {
            "bytes": os.path.getsize(path),
            "model": model_json(flatbuffer_utils.read_model(path)),
            "signatures": it.get_signature_list(),
            "input_details": details_json(it.get_input_details()),
            "output_details": details_json(it.get_output_details()),
            # Op names as the interpreter resolves them, before any delegate is applied.
            "ops": [o["op_name"] for o in it._get_ops_details()],
        }
        try:
            entry["cases"] = run_cases(path, entry)
        except RuntimeError as e:  # parse_example_tflite needs the custom op ParseExampleV2
            entry["cases"] = []
            entry["run_error"] = str(e).splitlines()[0]
        models[rel] = entry
    out = {
        "generator": "scripts/tflite_expectations.py",
        "tensorflow_version": tf.__version__,
        "enums": {"TensorType": enum_map(schema.TensorType), "BuiltinOperator": enum_map(schema.BuiltinOperator),
                  "BuiltinOptions": enum_map(schema.BuiltinOptions), "BuiltinOptions2": enum_map(schema.BuiltinOptions2)},
        "models": models,
    }
    with open(os.path.join(OUT_DIR, "expectations.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {OUT_DIR}/expectations.json ({len(models)} models)", file=sys.stderr)


if __name__ == "__main__":
    main()
