"""complex64 / complex128 through TF Serving's own client API: the tensorflow_serving.apis stubs generated from
TF Serving's protos, requests built with tf.make_tensor_proto and answers read with tf.make_ndarray, as TF
Serving's example clients do. The model is test/corpus/_dtypes/complex; the expected answers are its golden
(TensorFlow's outputs), compared as bytes.

Reads {"target": "host:port", "model": name, "golden": path} on stdin; writes one JSON object per check:
{"check", "ok", "problems": [...]} (problems name the output and what differs).
"""
import base64
import json
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import tfserving_stubs  # noqa: E402

tfserving_stubs.ensure()

import grpc  # noqa: E402
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
from tensorflow.core.framework import types_pb2  # noqa: E402
from tensorflow_serving.apis import predict_pb2  # noqa: E402
from tensorflow_serving.apis import prediction_service_pb2_grpc  # noqa: E402


def array(t):
    """A golden tensor as the numpy array TensorFlow wrote it from."""
    dtype = tf.dtypes.as_dtype(types_pb2.DataType.Value(t["dtype"]))
    return np.frombuffer(base64.b64decode(t["b64"]), dtype.as_numpy_dtype).reshape(t["shape"])


def compare(response, want):
    problems = []
    for key, t in want.items():
        if key not in response.outputs:
            problems.append(f"{key}: missing")
            continue
        proto = response.outputs[key]
        got = tf.make_ndarray(proto)
        expected = array(t)
        if got.dtype != expected.dtype or got.shape != expected.shape or got.tobytes() != expected.tobytes():
            problems.append(f"{key}: {got.dtype}{list(got.shape)} {got.tobytes().hex()[:80]} != TF's {expected.dtype}{list(expected.shape)} {expected.tobytes().hex()[:80]}")
        # TF Serving fills the typed field by default.
        field = "scomplex_val" if proto.dtype == tf.complex64.as_datatype_enum else "dcomplex_val" if proto.dtype == tf.complex128.as_datatype_enum else None
        if field and got.size and not len(getattr(proto, field)):
            problems.append(f"{key}: {field} is empty (fields set: {[f.name for f, _ in proto.ListFields()]})")
    return problems


def main():
    job = json.load(sys.stdin)
    with open(job["golden"]) as f:
        golden = json.load(f)
    results = []
    with grpc.insecure_channel(job["target"]) as channel:
        stub = prediction_service_pb2_grpc.PredictionServiceStub(channel)

        def predict(check, signature, inputs, want):
            request = predict_pb2.PredictRequest()
            request.model_spec.name = job["model"]
            request.model_spec.signature_name = signature
            for key, proto in inputs.items():
                request.inputs[key].CopyFrom(proto)
            try:
                problems = compare(stub.Predict(request, 20.0), want)
            except grpc.RpcError as e:
                problems = [f"{e.code().name}: {e.details()}"]
            results.append({"check": check, "ok": not problems, "problems": problems})

        for i, case in enumerate(golden["cases"]):
            # make_tensor_proto writes numpy arrays into tensor_content.
            inputs = {k: tf.make_tensor_proto(array(t)) for k, t in case["inputs"].items()}
            predict(f"{case['signature']} case {i}", case["signature"], inputs, case["outputs"])
        # A scalar with a shape: make_tensor_proto writes one (real, imag) pair for the server to broadcast.
        broadcast = golden["cases"][1]
        predict("broadcast", "serving_default", {
            "c64": tf.make_tensor_proto(np.complex64(1.5 - 2j), shape=[3]),
            "c128": tf.make_tensor_proto(np.complex128(-0.25 + 8j), shape=[3]),
        }, broadcast["outputs"])
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
