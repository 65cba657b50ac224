"""The serving hot-path workload of issue 14, written for bench/serve.mjs into a directory of its own:

  python bench/peers/attention64.py <dir>            writes <dir>/1 (SavedModel), <dir>/rest.json, <dir>/v2.json
  python bench/peers/attention64.py --time <saved_model_dir> <batch> <seconds> [<input.json>]
                                                       prints "ROWS_PER_S <n> BATCHES <n>": in-process TensorFlow

The model is an attention block over 16x64 float32 rows (a Keras MultiHeadAttention, residual, layer norms and
a feed-forward, as the corpus' `attention` model but with 64 features). The request is one row in TF Serving's
row format exactly as Python's json.dumps writes random floats (~21 KB); v2.json carries the same values as a
KServe V2 JSON body.
"""
import json
import os
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

FEATURES, TOKENS = 64, 16


def build(out_dir):
    import keras

    keras.utils.set_random_seed(14)
    inp = keras.Input((TOKENS, FEATURES), name="tokens")
    att = keras.layers.MultiHeadAttention(num_heads=4, key_dim=16)(inp, inp)
    x = keras.layers.LayerNormalization(epsilon=1e-6)(inp + att)
    ff = keras.layers.Dense(128, activation="gelu")(x)
    ff = keras.layers.Dense(FEATURES)(ff)
    x = keras.layers.LayerNormalization(epsilon=1e-6)(x + ff)
    pooled = keras.layers.GlobalAveragePooling1D()(x)
    out = keras.layers.Dense(4)(pooled)
    model = keras.Model(inp, out, name="attention64")
    model.export(os.path.join(out_dir, "1"), format="tf_saved_model", verbose=False)

    rng = np.random.default_rng(14)
    row = rng.uniform(-1, 1, (TOKENS, FEATURES)).tolist()  # Python floats: json.dumps writes them in full
    with open(os.path.join(out_dir, "rest.json"), "w") as f:
        f.write(json.dumps({"instances": [row]}))
    with open(os.path.join(out_dir, "v2.json"), "w") as f:
        flat = [v for r in row for v in r]
        f.write(json.dumps({"inputs": [{"name": "tokens", "shape": [1, TOKENS, FEATURES], "datatype": "FP32", "data": flat}]}))


def time_model(model_dir, batch, seconds, input_file=None):
    """A timed loop of the serving signature on `batch` rows, after a warm-up; bounded by time and count."""
    infer = tf.saved_model.load(model_dir).signatures["serving_default"]
    name, spec = list(infer.structured_input_signature[1].items())[0]
    if input_file:
        with open(input_file) as f:
            row = np.asarray(json.load(f)["instances"][0], dtype=np.float32)
    else:
        row = np.random.default_rng(14).uniform(-1, 1, spec.shape[1:]).astype(np.float32)
    x = tf.constant(np.repeat(row[None], batch, axis=0))
    for _ in range(5):
        infer(**{name: x})
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds and n < 100_000:
        list(infer(**{name: x}).values())[0].numpy()
        n += 1
    elapsed = time.perf_counter() - t0
    print(f"ROWS_PER_S {n * batch / elapsed:.1f} BATCHES {n}")


if __name__ == "__main__":
    if sys.argv[1] == "--time":
        time_model(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), sys.argv[5] if len(sys.argv) > 5 else None)
    else:
        os.makedirs(sys.argv[1], exist_ok=True)
        build(sys.argv[1])
