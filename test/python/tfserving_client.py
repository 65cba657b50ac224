"""A TF Serving gRPC client on the tensorflow_serving.apis stubs generated from TF Serving's own protos.

Requests are built the way TF Serving's example clients and tensorflow_model_server_test.py build them:
tf.make_tensor_proto (or typed *_val fields set by hand, as the test base's VerifyPredictRequest does),
tf.train.Example features via request.input.example_list.examples.add(), metadata unpacked from Any into a
SignatureDefMap, a ModelServerConfig for HandleReloadConfigRequest. Responses are read as those clients read
them (result.outputs['y'].float_val, result.result.classifications[0].classes[0].score …) and reported as JSON.

Reads a JSON job on stdin: {"target": "host:port", "calls": [...]}; writes a JSON list, one result per call.
Every call may give "timeout" (seconds, default 20 as RPC_TIMEOUT) and a model spec: "model", "version"?,
"label"?, "signature"? (no "model" leaves model_spec unset).
  {"rpc": "Predict", "inputs": {key: tensor}, "output_filter"?: [...]}
      tensor: {"make": {"values", "dtype"?, "shape"?}}   -> tf.make_tensor_proto(values, dtype, shape)
           or {"proto": <TensorProto as JSON>}          -> json_format.ParseDict (typed *_val fields by hand)
  {"rpc": "Classify" | "Regress", "examples": [features], "context"?: features}
      features: {name: {"float" | "int64" | "bytes": [...]}}  (bytes as UTF-8 text)
  {"rpc": "MultiInference", "tasks": [{"model", "signature", "method", "version"?}], "examples": [features]}
  {"rpc": "GetModelMetadata", "fields"?: ["signature_def"]}
  {"rpc": "GetModelStatus"}
  {"rpc": "HandleReloadConfigRequest", "config_text"?: text-format ModelServerConfig,
   "models"?: [{"name", "base_path", "platform"?}]}  (built with ModelConfigList.config.add(), the usual way)
Results: {"ok": true, ...} or {"ok": false, "code": "INVALID_ARGUMENT", "details": "..."}.
"""
import json
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import tfserving_stubs  # noqa: E402

tfserving_stubs.ensure()

import grpc  # noqa: E402
import tensorflow as tf  # noqa: E402
from google.protobuf import json_format, text_format  # noqa: E402
from tensorflow.core.framework import tensor_pb2, types_pb2  # noqa: E402
from tensorflow_serving.apis import classification_pb2  # noqa: E402
from tensorflow_serving.apis import get_model_metadata_pb2  # noqa: E402
from tensorflow_serving.apis import get_model_status_pb2  # noqa: E402
from tensorflow_serving.apis import inference_pb2  # noqa: E402
from tensorflow_serving.apis import model_management_pb2  # noqa: E402
from tensorflow_serving.apis import model_service_pb2_grpc  # noqa: E402
from tensorflow_serving.apis import predict_pb2  # noqa: E402
from tensorflow_serving.apis import prediction_service_pb2_grpc  # noqa: E402
from tensorflow_serving.apis import regression_pb2  # noqa: E402
from tensorflow_serving.config import model_server_config_pb2  # noqa: E402

RPC_TIMEOUT = 20.0
TYPED_FIELDS = ("half_val", "float_val", "double_val", "int_val", "string_val", "scomplex_val", "int64_val",
                "bool_val", "dcomplex_val", "uint32_val", "uint64_val")


def to_dict(message):
    # As TF Serving's REST layer prints protos: field names as in the .proto, defaults included, int64 as text.
    return json_format.MessageToDict(message, preserving_proto_field_name=True,
                                     always_print_fields_with_no_presence=True)


def set_spec(spec, call):
    if "model" not in call:
        return
    spec.name = call["model"]
    if "signature" in call:
        spec.signature_name = call["signature"]
    if "version" in call:
        spec.version.value = int(call["version"])
    if "label" in call:
        spec.version_label = call["label"]


def read_spec(spec):
    return {"name": spec.name, "signature_name": spec.signature_name,
            "version": spec.version.value if spec.HasField("version") else None,
            "version_label": spec.version_label}


def tensor_proto(t):
    if "make" in t:
        m = t["make"]
        return tf.make_tensor_proto(m["values"], dtype=getattr(tf, m["dtype"]) if m.get("dtype") else None,
                                    shape=m.get("shape"))
    return json_format.ParseDict(t["proto"], tensor_pb2.TensorProto())


def read_tensor(p):
    out = {"dtype": types_pb2.DataType.Name(p.dtype), "shape": [d.size for d in p.tensor_shape.dim], "tensor_content_bytes": len(p.tensor_content),
           # Which value fields the server filled: TF Serving fills the typed ones by default.
           "fields": [f.name for f, _ in p.ListFields() if f.name in TYPED_FIELDS or f.name == "tensor_content"]}
    for name in TYPED_FIELDS:
        vals = list(getattr(p, name))
        if vals:
            out[name] = [v.decode("utf-8", "replace") if isinstance(v, bytes) else v for v in vals]
    try:
        arr = tf.make_ndarray(p)
        out["values"] = [v.decode("utf-8", "replace") if isinstance(v, bytes) else v for v in arr.flatten().tolist()]
    except Exception as e:  # noqa: BLE001 - report what the client library itself cannot read
        out["make_ndarray_error"] = str(e)
    return out


def fill_features(features, spec):
    for name, value in spec.items():
        feature = features.feature[name]
        if "float" in value:
            feature.float_list.value.extend(value["float"])
        elif "int64" in value:
            feature.int64_list.value.extend(value["int64"])
        else:
            feature.bytes_list.value.extend(v.encode("utf-8") for v in value["bytes"])


def fill_input(inp, call):
    examples = call.get("examples", [])
    if "context" in call:
        # ExampleListWithContext: shared features merged into every example by the server.
        lwc = inp.example_list_with_context
        fill_features(lwc.context.features, call["context"])
        target = lwc.examples
    else:
        target = inp.example_list.examples
    for features in examples:
        fill_features(target.add().features, features)


def classifications(result):
    return [[{"label": c.label, "score": c.score} for c in cl.classes] for cl in result.classifications]


def regressions(result):
    return [r.value for r in result.regressions]


def run(prediction, model_service, call):
    rpc, timeout = call["rpc"], call.get("timeout", RPC_TIMEOUT)
    if rpc == "Predict":
        request = predict_pb2.PredictRequest()
        set_spec(request.model_spec, call)
        for key, t in call.get("inputs", {}).items():
            request.inputs[key].CopyFrom(tensor_proto(t))
        request.output_filter.extend(call.get("output_filter", []))
        result = prediction.Predict(request, timeout)
        return {"ok": True, "model_spec": read_spec(result.model_spec),
                "outputs": {k: read_tensor(v) for k, v in result.outputs.items()}}
    if rpc in ("Classify", "Regress"):
        request = (classification_pb2.ClassificationRequest() if rpc == "Classify"
                   else regression_pb2.RegressionRequest())
        set_spec(request.model_spec, call)
        fill_input(request.input, call)
        if rpc == "Classify":
            result = prediction.Classify(request, timeout)
            return {"ok": True, "model_spec": read_spec(result.model_spec),
                    "classifications": classifications(result.result)}
        result = prediction.Regress(request, timeout)
        return {"ok": True, "model_spec": read_spec(result.model_spec), "regressions": regressions(result.result)}
    if rpc == "MultiInference":
        request = inference_pb2.MultiInferenceRequest()
        for task in call["tasks"]:
            t = request.tasks.add()
            set_spec(t.model_spec, task)
            t.method_name = task.get("method", "")
        fill_input(request.input, call)
        result = prediction.MultiInference(request, timeout)
        results = []
        for r in result.results:
            kind = r.WhichOneof("result")
            entry = {"model_spec": read_spec(r.model_spec), "kind": kind}
            if kind == "classification_result":
                entry["classifications"] = classifications(r.classification_result)
            elif kind == "regression_result":
                entry["regressions"] = regressions(r.regression_result)
            results.append(entry)
        return {"ok": True, "results": results}
    if rpc == "GetModelMetadata":
        request = get_model_metadata_pb2.GetModelMetadataRequest()
        set_spec(request.model_spec, call)
        request.metadata_field.extend(call.get("fields", ["signature_def"]))
        result = prediction.GetModelMetadata(request, timeout)
        out = {"ok": True, "model_spec": read_spec(result.model_spec), "metadata_keys": sorted(result.metadata.keys()),
               "type_urls": {k: v.type_url for k, v in result.metadata.items()}}
        if "signature_def" in result.metadata:
            signature_def_map = get_model_metadata_pb2.SignatureDefMap()
            out["unpacked"] = result.metadata["signature_def"].Unpack(signature_def_map)
            out["signature_def"] = to_dict(signature_def_map)
        return out
    if rpc == "GetModelStatus":
        request = get_model_status_pb2.GetModelStatusRequest()
        set_spec(request.model_spec, call)
        result = model_service.GetModelStatus(request, timeout)
        state = get_model_status_pb2.ModelVersionStatus.State
        return {"ok": True, "model_version_status": [
            {"version": s.version, "state": state.Name(s.state), "error_code": s.status.error_code,
             "error_message": s.status.error_message} for s in result.model_version_status]}
    if rpc == "HandleReloadConfigRequest":
        request = model_management_pb2.ReloadConfigRequest()
        if "config_text" in call:
            text_format.Parse(call["config_text"], request.config)
        else:
            config_list = model_server_config_pb2.ModelConfigList()
            for m in call["models"]:
                one = config_list.config.add()
                one.name = m["name"]
                one.base_path = m["base_path"]
                one.model_platform = m.get("platform", "tensorflow")
            request.config.model_config_list.CopyFrom(config_list)
        result = model_service.HandleReloadConfigRequest(request, timeout)
        return {"ok": True, "error_code": result.status.error_code, "error_message": result.status.error_message}
    raise SystemExit(f"unknown rpc {rpc}")


def main():
    job = json.load(sys.stdin)
    results = []
    with grpc.insecure_channel(job["target"]) as channel:
        prediction = prediction_service_pb2_grpc.PredictionServiceStub(channel)
        model_service = model_service_pb2_grpc.ModelServiceStub(channel)
        for call in job["calls"]:
            try:
                results.append(run(prediction, model_service, call))
            except grpc.RpcError as e:
                results.append({"ok": False, "code": e.code().name, "details": e.details()})
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
