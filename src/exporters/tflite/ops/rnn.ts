/**
 * Recurrent layers. `_MdeployLstm` (a Keras LSTM loop, recognised by ../lstm.ts) becomes one
 * UNIDIRECTIONAL_SEQUENCE_LSTM: time-major input, Keras' [D, 4U] kernel and [U, 4U] recurrent kernel split
 * into TFLite's per-gate [U, D] / [U, U] matrices (gate order i, f, c, o on both sides), no peepholes,
 * projection or layer norm (-1), tanh as the cell activation, no clipping.
 *
 * The kernel keeps its state in two variable tensors (is_variable, no buffer), reading the initial state from
 * them and leaving the final one there, so a runtime would carry one call's state into the next. Each call
 * therefore writes the initial state into them first: FILL with zeros (the Keras default, shaped by the batch
 * of this call), or a copy (ADD of 0) of a state the graph computes. GRU has no TFLite builtin: its loop stays WHILE.
 */
import { attrBool, attrString } from '../../../graph/ir.js';
import { fromNumbers, toNumbers } from '../../../tensor/math.js';
import { LSTM_OP } from '../lstm.js';
import { UnsupportedVariant } from '../context.js';
import { tfliteOps } from '../registry.js';
import { Activation } from '../writer.js';

tfliteOps.register('rnn', [LSTM_OP], (ctx, node) => {
  const useBias = attrBool(node, 'use_bias');
  const K = ctx.constInput(1);
  const R = ctx.constInput(2);
  const B = useBias ? ctx.constInput(3) : undefined;
  if (!K || !R || (useBias && !B)) throw new UnsupportedVariant('an LSTM whose weights are not constants');
  const [D, fourU] = K.shape as [number, number];
  const U = fourU / 4;
  const k = toNumbers(K);
  const r = toNumbers(R);
  const b = B ? toNumbers(B) : new Float64Array(4 * U);
  // Gate g's [U, n] matrix from a Keras [n, 4U] one: column block g, transposed.
  const gate = (w: Float64Array, n: number, g: number): number => {
    const out = new Float64Array(U * n);
    for (let u = 0; u < U; u++) for (let j = 0; j < n; j++) out[u * n + j] = w[j * 4 * U + g * U + u]!;
    return ctx.constant(fromNumbers('DT_FLOAT', [U, n], out), `${node.name}/${n === D ? 'input' : 'recurrent'}_weights_${'ifco'[g]}`);
  };
  const inputWeights = [0, 1, 2, 3].map((g) => gate(k, D, g));
  const recurrentWeights = [0, 1, 2, 3].map((g) => gate(r, U, g));
  const biases = [0, 1, 2, 3].map((g) => ctx.constant(fromNumbers('DT_FLOAT', [U], b.subarray(g * U, (g + 1) * U)), `${node.name}/bias_${'ifco'[g]}`));

  const x = ctx.inputType(0);
  const batch = x?.shape?.[1] ?? -1;
  const first = useBias ? 4 : 3;
  const states = ['output_state', 'cell_state'].map((what, s) => {
    const t = ctx.tensor(`${node.name}/${what}`, { dtype: 'DT_FLOAT', shape: [batch, U] });
    ctx.tensors[t]!.isVariable = true;
    if (attrString(node, 'initial_state') === 'zeros') ctx.add('FILL', [ctx.int32Input(first + s), ctx.floatConst([0], [])], [t]);
    else ctx.add('ADD', [ctx.input(first + s), ctx.floatConst([0], [])], [t], { table: 'AddOptions', values: {} });
    return t;
  });
  ctx.emit('UNIDIRECTIONAL_SEQUENCE_LSTM', [ctx.input(0), ...inputWeights, ...recurrentWeights, -1, -1, -1, ...biases, -1, -1, ...states, -1, -1, -1, -1], {
    table: 'UnidirectionalSequenceLSTMOptions',
    values: { fused_activation_function: Activation.TANH, time_major: true },
  });
});
