"""The tensorflow_serving.apis package, generated at test time from TF Serving's own .proto files.

tensorflow-serving-api does not install here, so this builds the same modules it ships: grpcio-tools compiles
test/fixtures/tfserving-protos/tensorflow_serving/{apis,config}/*.proto (copied unchanged from
tensorflow/serving). The TensorFlow protos they import (tensorflow/core/framework/tensor.proto,
example/example.proto, protobuf/meta_graph.proto …) are not in the TensorFlow wheel as .proto files, but their
compiled descriptors are, so protoc reads them from a FileDescriptorSet built from those modules' DESCRIPTORs
(--descriptor_set_in). The generated code then imports TensorFlow's own tensor_pb2, example_pb2 …, so
tf.make_tensor_proto and tf.train.Example build request fields directly, as with the published package.

Usage: `import tfserving_stubs; tfserving_stubs.ensure()`, then `from tensorflow_serving.apis import ...`.
"""
import atexit
import importlib
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROTO_ROOT = os.path.normpath(os.path.join(HERE, "..", "fixtures", "tfserving-protos"))

# The TensorFlow modules whose .proto files TF Serving's imports name (their own imports follow from the
# descriptors): tensor/example/meta_graph for the APIs, error_codes for status.proto, config/named_tensor for
# session_service.proto.
TF_MODULES = [
    "tensorflow.core.framework.tensor_pb2",
    "tensorflow.core.example.example_pb2",
    "tensorflow.core.protobuf.meta_graph_pb2",
    "tensorflow.core.protobuf.error_codes_pb2",
    "tensorflow.core.protobuf.config_pb2",
    "tensorflow.core.protobuf.named_tensor_pb2",
]

_generated = None


def proto_files():
    """TF Serving's .proto files under PROTO_ROOT, as paths relative to it (the names their imports use)."""
    found = []
    for sub in ("tensorflow_serving/apis", "tensorflow_serving/config"):
        for name in sorted(os.listdir(os.path.join(PROTO_ROOT, sub))):
            if name.endswith(".proto"):
                found.append(f"{sub}/{name}")
    return found


def descriptor_set():
    """A serialized FileDescriptorSet of the TensorFlow protos TF Serving imports, and everything they import."""
    from google.protobuf import descriptor_pb2

    fds = descriptor_pb2.FileDescriptorSet()
    seen = set()

    def add(fd):
        if fd.name in seen:
            return
        seen.add(fd.name)
        # Dependencies first, as protoc expects a set in import order.
        for dep in fd.dependencies:
            add(dep)
        fd.CopyToProto(fds.file.add())

    for mod in TF_MODULES:
        add(importlib.import_module(mod).DESCRIPTOR)
    return fds.SerializeToString()


def generate(out_dir):
    """Writes tensorflow_serving/{apis,config}/*_pb2.py and *_pb2_grpc.py under out_dir."""
    from grpc_tools import protoc

    desc = os.path.join(out_dir, "tensorflow-deps.pb")
    with open(desc, "wb") as f:
        f.write(descriptor_set())
    # Only -I the copied TF Serving tree: the well-known types (any.proto, wrappers.proto) come from the
    # descriptor set too, so each file has exactly one source.
    rc = protoc.main(["protoc", f"--descriptor_set_in={desc}", f"-I{PROTO_ROOT}", f"--python_out={out_dir}",
                      f"--grpc_python_out={out_dir}", *proto_files()])
    if rc != 0:
        raise RuntimeError(f"grpc_tools.protoc failed ({rc}) on {PROTO_ROOT}")
    os.remove(desc)
    for pkg in ("tensorflow_serving", "tensorflow_serving/apis", "tensorflow_serving/config"):
        open(os.path.join(out_dir, pkg, "__init__.py"), "a").close()


def ensure():
    """Generates the stubs once per process into a temporary directory, puts it on sys.path and returns it."""
    global _generated
    if _generated:
        return _generated
    out = tempfile.mkdtemp(prefix="mdeploy-tfserving-apis-")
    atexit.register(shutil.rmtree, out, True)
    generate(out)
    sys.path.insert(0, out)
    importlib.invalidate_caches()
    _generated = out
    return out


if __name__ == "__main__":
    # A smoke check: generate, import every service module, list the RPCs.
    ensure()
    from tensorflow_serving.apis import model_service_pb2_grpc, prediction_service_pb2  # noqa: F401
    for svc in prediction_service_pb2.DESCRIPTOR.services_by_name.values():
        print(svc.full_name, [m.name for m in svc.methods])
