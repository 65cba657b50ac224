"""A KServe V2 / Triton gRPC client (inference.GRPCInferenceService) built by grpcio-tools from a .proto.

The stubs come from proto/kserve/grpc_predict_v2.proto, or from the file MDEPLOY_KSERVE_PROTO names (KServe's
grpc_predict_v2.proto or Triton's grpc_service.proto, to check wire compatibility with the official files).
Requests are built the way tritonclient's grpc module builds them (InferInput.set_data_from_numpy: numpy bytes
in raw_input_contents, BYTES elements each after a 4-byte little-endian length) or, with "encoding": "typed",
the way KServe's SDK fills InferTensorContents; outputs are read as tritonclient's InferResult.as_numpy does
(raw_output_contents by output index), falling back to the typed contents as KServe's SDK does.

Reads a JSON job on stdin: {"target": "host:port", "calls": [...]}; writes a JSON list of results on stdout.
Calls:
  {"rpc": "ServerLive" | "ServerReady" | "ServerMetadata"}
  {"rpc": "ModelReady" | "ModelMetadata", "name", "version"?}
  {"rpc": "ModelInfer" | "ModelStreamInfer", "model", "version"?, "id"?, "parameters"?: {k: str|bool|int},
   "encoding": "raw" | "typed", "inputs": [{"name", "datatype", "shape", "values" | "golden" | "raw_b64"}],
   "outputs"?: [{"name", "parameters"?}]}
Input "values" are plain JSON (int64/uint64 as decimal strings, BYTES as base64); "golden" is a tensor in the
format of scripts/generate_corpus.py; "raw_b64" is sent as raw_input_contents as it is, and "field" puts typed
values in another contents field (both to send malformed requests on purpose).
Outputs come back as {"name", "datatype", "shape", "source": "raw" | "contents", "values", "b64"?}: values as
above, and b64 the little-endian bytes of numeric outputs. Errors: {"ok": false, "code", "details"}.
"""
import base64
import importlib
import json
import os
import struct
import sys
import tempfile

import grpc
import numpy as np
from grpc_tools import protoc

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PROTO = os.path.join(HERE, "..", "..", "proto", "kserve", "grpc_predict_v2.proto")

# tritonclient.utils.triton_to_np_dtype
NP = {"BOOL": np.bool_, "INT8": np.int8, "INT16": np.int16, "INT32": np.int32, "INT64": np.int64,
      "UINT8": np.uint8, "UINT16": np.uint16, "UINT32": np.uint32, "UINT64": np.uint64,
      "FP16": np.float16, "FP32": np.float32, "FP64": np.float64, "BYTES": np.object_}
# KServe's GRPC_CONTENT_DATATYPE_MAPPINGS
FIELD = {"BOOL": "bool_contents", "INT8": "int_contents", "INT16": "int_contents", "INT32": "int_contents",
         "INT64": "int64_contents", "UINT8": "uint_contents", "UINT16": "uint_contents", "UINT32": "uint_contents",
         "UINT64": "uint64_contents", "FP32": "fp32_contents", "FP64": "fp64_contents", "BYTES": "bytes_contents"}
GOLDEN = {"DT_FLOAT": "FP32", "DT_DOUBLE": "FP64", "DT_INT32": "INT32", "DT_INT64": "INT64", "DT_STRING": "BYTES",
          "DT_BOOL": "BOOL", "DT_UINT8": "UINT8", "DT_INT8": "INT8", "DT_INT16": "INT16", "DT_HALF": "FP16"}


def generate():
    proto = os.path.abspath(os.environ.get("MDEPLOY_KSERVE_PROTO") or DEFAULT_PROTO)
    out = tempfile.mkdtemp(prefix="mdeploy-kserve-py-")
    include = os.path.join(os.path.dirname(protoc.__file__), "_proto")
    # Every .proto beside it too: Triton's grpc_service.proto imports model_config.proto.
    files = sorted(f for f in os.listdir(os.path.dirname(proto)) if f.endswith(".proto"))
    rc = protoc.main(["protoc", f"-I{include}", f"-I{os.path.dirname(proto)}", f"--python_out={out}",
                      f"--grpc_python_out={out}", *files])
    if rc != 0:
        raise SystemExit(f"protoc failed ({rc})")
    sys.path.insert(0, out)
    stem = os.path.splitext(os.path.basename(proto))[0]
    return importlib.import_module(f"{stem}_pb2"), importlib.import_module(f"{stem}_pb2_grpc")


pb, pbg = generate()


def serialize_byte_tensor(arr):
    """tritonclient.utils.serialize_byte_tensor: each element as <uint32 LE length><bytes>."""
    return b"".join(struct.pack("<I", len(b)) + b for b in arr.flatten(order="C"))


def deserialize_bytes_tensor(raw):
    items, p = [], 0
    while p < len(raw):
        (n,) = struct.unpack_from("<I", raw, p)
        items.append(raw[p + 4:p + 4 + n])
        p += 4 + n
    return np.array(items, dtype=np.object_)


def input_array(spec):
    if "golden" in spec:
        g = spec["golden"]
        if "strings_b64" in g:
            return np.array([base64.b64decode(s) for s in g["strings_b64"]], dtype=np.object_).reshape(g["shape"])
        return np.frombuffer(base64.b64decode(g.get("b64", "")), dtype=NP[GOLDEN[g["dtype"]]]).reshape(g["shape"])
    # Flat, not reshaped: a request may give more or fewer values than its shape holds, on purpose.
    dt, vals = spec["datatype"], spec["values"]
    if dt == "BYTES":
        return np.array([base64.b64decode(v) for v in vals], dtype=np.object_)
    if dt in ("INT64", "UINT64"):
        vals = [int(v) for v in vals]
    return np.array(vals, dtype=NP[dt])


def set_param(m, key, value):
    # tritonclient's _get_inference_request: str, bool, int
    if isinstance(value, str):
        m[key].string_param = value
    elif isinstance(value, bool):
        m[key].bool_param = value
    else:
        m[key].int64_param = value


def infer_request(call):
    req = pb.ModelInferRequest(model_name=call["model"], model_version=str(call.get("version", "")))
    if call.get("id"):
        req.id = call["id"]
    for k, v in (call.get("parameters") or {}).items():
        set_param(req.parameters, k, v)
    for spec in call["inputs"]:
        t = req.inputs.add(name=spec["name"], datatype=spec.get("datatype") or GOLDEN[spec["golden"]["dtype"]])
        if "raw_b64" in spec:
            t.shape.extend(spec["shape"])
            req.raw_input_contents.append(base64.b64decode(spec["raw_b64"]))
            continue
        arr = input_array(spec)
        t.shape.extend(spec.get("shape", arr.shape))
        if call.get("encoding", "raw") == "raw":
            req.raw_input_contents.append(serialize_byte_tensor(arr) if t.datatype == "BYTES" else arr.tobytes())
        else:
            field = getattr(t.contents, spec.get("field") or FIELD[t.datatype])
            field.extend(arr.flatten().tolist())
    for o in call.get("outputs") or []:
        r = req.outputs.add(name=o["name"])
        for k, v in (o.get("parameters") or {}).items():
            set_param(r.parameters, k, v)
    return req


def plain(dt, arr):
    flat = arr.flatten()
    if dt == "BYTES":
        return [base64.b64encode(bytes(b)).decode() for b in flat]
    if dt in ("INT64", "UINT64"):
        return [str(int(v)) for v in flat]
    if dt == "BOOL":
        return [bool(v) for v in flat]
    return [v.item() for v in flat]


def read_response(res):
    outs = []
    for i, o in enumerate(res.outputs):
        shape = list(o.shape)
        if i < len(res.raw_output_contents):
            raw = res.raw_output_contents[i]
            arr = deserialize_bytes_tensor(raw) if o.datatype == "BYTES" else np.frombuffer(raw, dtype=NP[o.datatype])
            source = "raw"
        else:
            vals = list(getattr(o.contents, FIELD[o.datatype]))
            arr = np.array(vals, dtype=NP[o.datatype]) if o.datatype != "BYTES" else np.array(vals, dtype=np.object_)
            source = "contents"
        arr = arr.reshape(shape)
        out = {"name": o.name, "datatype": o.datatype, "shape": shape, "source": source, "values": plain(o.datatype, arr)}
        if o.datatype != "BYTES":
            out["b64"] = base64.b64encode(np.ascontiguousarray(arr).tobytes()).decode()
        outs.append(out)
    return {"ok": True, "model_name": res.model_name, "model_version": res.model_version, "id": res.id,
            "raw_count": len(res.raw_output_contents), "outputs": outs}


def run(stub, call):
    rpc = call["rpc"]
    if rpc == "ServerLive":
        return {"ok": True, "live": stub.ServerLive(pb.ServerLiveRequest()).live}
    if rpc == "ServerReady":
        return {"ok": True, "ready": stub.ServerReady(pb.ServerReadyRequest()).ready}
    if rpc == "ServerMetadata":
        r = stub.ServerMetadata(pb.ServerMetadataRequest())
        return {"ok": True, "name": r.name, "version": r.version, "extensions": list(r.extensions)}
    if rpc == "ModelReady":
        r = stub.ModelReady(pb.ModelReadyRequest(name=call["name"], version=str(call.get("version", ""))))
        return {"ok": True, "ready": r.ready}
    if rpc == "ModelMetadata":
        r = stub.ModelMetadata(pb.ModelMetadataRequest(name=call["name"], version=str(call.get("version", ""))))
        io = lambda ts: [{"name": t.name, "datatype": t.datatype, "shape": list(t.shape)} for t in ts]
        return {"ok": True, "name": r.name, "versions": list(r.versions), "platform": r.platform,
                "inputs": io(r.inputs), "outputs": io(r.outputs)}
    if rpc == "ModelInfer":
        return read_response(stub.ModelInfer(infer_request(call)))
    if rpc == "ModelStreamInfer":
        return {"ok": True, "responses": [read_response(r.infer_response) for r in stub.ModelStreamInfer(iter([infer_request(call)]))]}
    raise SystemExit(f"unknown rpc {rpc}")


def main():
    job = json.load(sys.stdin)
    results = []
    with grpc.insecure_channel(job["target"]) as channel:
        stub = pbg.GRPCInferenceServiceStub(channel)
        for call in job["calls"]:
            try:
                results.append(run(stub, call))
            except grpc.RpcError as e:
                results.append({"ok": False, "code": e.code().name, "details": e.details()})
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
