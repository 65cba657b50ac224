"""The peer for bench/convert-tflite.mjs: TensorFlow's own TFLiteConverter and tf.lite.Interpreter.

  tflite_peer.py convert SAVEDMODEL OUT.tflite      # TFLiteConverter.from_saved_model, builtin ops only
  tflite_peer.py latency MODEL.tflite ITERS          # median ms of ITERS invocations, 1 thread, batch 1

`latency` prints one JSON line: {"median_ms": …, "p90_ms": …}. Inputs are seeded uniform floats (ints: 0..3),
the same for every model file of one signature, so two files of the same model see the same data.
"""
import json
import sys
import time

import numpy as np
import tensorflow as tf


def convert(saved_model, out):
    converter = tf.lite.TFLiteConverter.from_saved_model(saved_model)
    converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS]
    data = converter.convert()
    with open(out, "wb") as f:
        f.write(data)


def feeds_for(details, rng):
    out = {}
    for d in details:
        shape = [1 if s < 0 else int(s) for s in d["shape_signature"]] if len(d["shape_signature"]) else list(d["shape"])
        if np.issubdtype(d["dtype"], np.floating):
            out[d["name"]] = rng.uniform(-1, 1, size=shape).astype(d["dtype"])
        else:
            out[d["name"]] = rng.integers(0, 4, size=shape).astype(d["dtype"])
    return out


def latency(model, iters):
    interp = tf.lite.Interpreter(model_path=model, num_threads=1)
    sigs = interp.get_signature_list()
    rng = np.random.default_rng(7)
    if sigs:
        key = "serving_default" if "serving_default" in sigs else next(iter(sigs))
        runner = interp.get_signature_runner(key)
        details = list(runner.get_input_details().values())
        for d, k in zip(details, runner.get_input_details().keys()):
            d["name"] = k
        feeds = feeds_for(details, rng)
        run = lambda: runner(**feeds)  # noqa: E731
    else:
        details = interp.get_input_details()
        for d in details:
            interp.resize_tensor_input(d["index"], [1 if s < 0 else int(s) for s in d["shape_signature"]])
        interp.allocate_tensors()
        feeds = feeds_for(details, rng)

        def run():
            for d in details:
                interp.set_tensor(d["index"], feeds[d["name"]])
            interp.invoke()

    for _ in range(5):
        run()
    samples = []
    for _ in range(iters):
        t0 = time.perf_counter()
        run()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    print(json.dumps({"median_ms": samples[len(samples) // 2], "p90_ms": samples[min(len(samples) - 1, int(0.9 * len(samples)))]}))


if __name__ == "__main__":
    if sys.argv[1] == "convert":
        convert(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "latency":
        latency(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(f"unknown command {sys.argv[1]}")
