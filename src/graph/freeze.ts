/**
 * Freezing: one SignatureDef of a SavedModel → a self-contained IR graph.
 *
 * Starting from the signature's output tensors it walks the graph backwards and emits only what they need:
 * - signature inputs become Placeholders (even when they name a non-Placeholder tensor, which TF feeds);
 * - StatefulPartitionedCall / PartitionedCall / direct function calls are inlined, recursively;
 * - variables become Consts: TF1 VariableV2/VarHandleOp by node name, TF2 captured resources through the
 *   concrete function's bound_inputs → object graph → checkpoint key → bundle entry;
 * - Identity, IdentityN, StopGradient, Snapshot, CheckNumerics and control dependencies disappear;
 * - While/If/Case keep their function bodies, processed the same way; variables a body reads become
 *   loop-carried tensors (the body is specialized so its resource arguments become plain tensors).
 */
import { MdeployError } from '../errors.js';
import type { tf } from '../proto/index.js';
import { variablesPrefix, type BundleEntry } from '../savedmodel/bundle/bundle.js';
import type { FunctionLibrary } from '../savedmodel/library.js';
import type { MetaGraph, SavedModel } from '../savedmodel/savedmodel.js';
import { parseTensorName, type SignatureInfo } from '../savedmodel/signature.js';
import { baseDtype, DT, dtypeByteSize, type DTypeName } from '../tensor/dtypes.js';
import type { HostTensor } from '../tensor/host.js';
import { MAX_RANK } from '../tensor/limits.js';
import { AttrError, attrsFromProto } from './attrs.js';
import { formatRef, type AttrValue, type FunctionArg, type FunctionBody, type Graph, type Node, type TensorType } from './ir.js';
import { dtypeOf, OpRegistry, schemaFromOpDef, type OpSchema } from './opdefs.js';
import { markExclusive } from './passes/exclusive.js';

export interface FreezeOptions {
  signature?: string;
  tags?: string[];
}

/** A value flowing through the graph while freezing: a tensor, or a variable handle not yet read. */
type Value = { ref: string } | { resource: string; dtype: DTypeName; shape: number[] };

/**
 * Ops that freezing removes (plumbing, variables, calls), so every export target handles them. Inspect
 * counts them as supported.
 */
export const FROZEN_AWAY = new Set([
  'Identity', 'IdentityN', 'Snapshot', 'StopGradient', 'PreventGradient', 'CheckNumerics', 'EnsureShape', 'DebugIdentity', 'DebugIdentityV2',
  'NoOp', 'Assert', 'PlaceholderWithDefault', 'StatefulPartitionedCall', 'PartitionedCall',
  'VariableV2', 'Variable', 'VarHandleOp', 'ReadVariableOp', 'ResourceGather',
]);

const PASSTHROUGH = new Set(['Identity', 'Snapshot', 'StopGradient', 'PreventGradient', 'CheckNumerics', 'EnsureShape', 'DebugIdentity', 'DebugIdentityV2']);
/** Data inputs the freezer itself reads from these ops (the op registry may not know their inputs). */
const ARITY: Record<string, number> = {
  ...Object.fromEntries([...PASSTHROUGH].map((op) => [op, 1])),
  ReadVariableOp: 1, ResourceGather: 2, If: 1, StatelessIf: 1, Case: 1, StatelessCase: 1,
};
const CALL_OPS = new Set(['StatefulPartitionedCall', 'PartitionedCall']);
const VARIABLE_OPS = new Set(['VariableV2', 'Variable', 'VarHandleOp']);
const WHILE_OPS = new Set(['While', 'StatelessWhile']);
const IF_OPS = new Set(['If', 'StatelessIf']);
const CASE_OPS = new Set(['Case', 'StatelessCase']);
/**
 * Ops that write a variable (ref or resource). ScatterNd, TensorScatter* and ScatterNdNonAliasingAdd build new
 * tensors and are not among them.
 */
export const VARIABLE_WRITERS = /^(Assign(Add|Sub)?|Assign(Add|Sub)?VariableOp|Scatter(Nd)?(Update|Add|Sub|Mul|Div|Min|Max)|ResourceScatter(Nd)?\w+|(Resource)?(Sparse)?Apply\w+)$/;
/** Ops a frozen graph cannot express: variable writes and resource lifetime. */
const MUTATING_OPS = { test: (op: string): boolean => VARIABLE_WRITERS.test(op) || op === 'VarIsInitializedOp' || op === 'DestroyResourceOp' };
/** TF1 (v1) control flow: cyclic graphs that need the v2 form. */
const V1_CONTROL_FLOW = new Set(['Switch', 'Merge', 'Enter', 'Exit', 'NextIteration', 'LoopCond', 'RefSwitch', 'RefMerge', 'RefEnter', 'RefExit', 'RefNextIteration']);

interface Target {
  nodes: Node[];
  names: Set<string>;
}

interface Scope {
  /** Where the nodes come from. */
  nodes: Pick<ReadonlyMap<string, tf.INodeDef>, 'get'>;
  /** Function argument name → value (absent in the outer graph). */
  args?: Map<string, Value>;
  /** Prefix for names of nodes this scope emits (inlined calls). */
  prefix: string;
  target: Target;
  memo: Map<string, Value[]>;
  busy: Set<string>;
  /** A readable place for errors: "the graph" or "function f". */
  where: string;
  outer: boolean;
  /** The functions being inlined into each other to get here, outermost first (recursion check). */
  calls: string[];
}

/** Calls nested deeper than this are refused; real models nest a handful (Keras layers in layers). */
const MAX_CALL_DEPTH = 64;

/** A feature mdeploy cannot freeze (stateful ops, TF1 control flow …). */
function problem(model: SavedModel, message: string): MdeployError {
  return new MdeployError('E_UNSUPPORTED_MODEL', message, { file: model.file.file });
}

/** A graph that contradicts itself (a reference to a missing node, an op without its attrs): damage. */
function corrupt(model: SavedModel, message: string): MdeployError {
  return new MdeployError('E_PB_CORRUPT', message, { file: model.file.file });
}

/**
 * The op registry with the library's functions as ops (over the stripped op list, as OpRegistry takes them),
 * each function's signature decoded the first time the registry is asked about it: a SavedModel's function
 * signatures list every captured variable, hundreds of arguments, and most functions are never called.
 */
class LibraryOpRegistry extends OpRegistry {
  private readonly pending: Set<string>;

  constructor(
    opDefs: tf.IOpDef[],
    private readonly library: FunctionLibrary,
    private readonly file: string,
  ) {
    super(opDefs);
    this.pending = new Set(library.names);
  }

  override get(op: string): OpSchema | undefined {
    if (this.pending.delete(op)) {
      const sig = this.library.signature(op);
      try {
        if (sig?.name) this.add(schemaFromOpDef(sig));
      } catch (err) {
        if (!(err instanceof AttrError)) throw err;
        throw new MdeployError(err.code, err.message, { file: this.file, cause: err });
      }
    }
    return super.get(op);
  }
}

export class Freezer {
  readonly registry: OpRegistry;
  private readonly library: FunctionLibrary;
  private readonly resourceKeys = new Map<string, string>();
  /** Checkpoint key → the variable's own name ("dense/kernel"), which makes readable Const/weight names. */
  private readonly variableNames = new Map<string, string>();
  private readonly constByKey = new Map<string, string>();
  private readonly pendingConsts: Array<{ node: Node; key: string }> = [];
  private readonly functions = new Map<string, FunctionBody>();
  private readonly specializations = new Map<string, string>();
  private readonly feeds = new Map<string, string>();
  private readonly outer: Target = { nodes: [], names: new Set() };

  constructor(
    readonly model: SavedModel,
    readonly mg: MetaGraph,
  ) {
    // Functions are decoded as freezing reaches them (src/savedmodel/library.ts).
    this.library = mg.graphParts.library;
    try {
      this.registry = new LibraryOpRegistry(mg.strippedOps, this.library, model.file.file);
    } catch (err) {
      if (!(err instanceof AttrError)) throw err;
      throw new MdeployError(err.code, err.message, { file: model.file.file, cause: err });
    }
  }

  /** Builds the frozen graph for a signature. */
  async freeze(sig: SignatureInfo): Promise<Graph> {
    this.checkSignature(sig);
    await this.mapResources();
    const outerNodes = this.mg.graphParts.nodes;
    const scope: Scope = { nodes: outerNodes, prefix: '', target: this.outer, memo: new Map(), busy: new Set(), where: 'the graph', outer: true, calls: [] };

    const inputs = Object.entries(sig.inputs).map(([key, spec]) => {
      const t = parseTensorName(spec.name)!; // checked by checkSignature
      const name = this.unique(this.outer, t.index === 0 ? t.node : `${t.node}_${t.index}`);
      const dtype = baseDtype(spec.dtype);
      // A fed Placeholder's own shape is what TensorFlow checks; SignatureDef shapes are only metadata
      // (TF Serving's half_plus_three claims a scalar for a [?, 1] placeholder).
      // TF1 graphs record `_output_shapes` (also for fed non-Placeholder tensors, and it is right where old
      // GraphDefs wrote an empty Placeholder shape meaning "unknown"); else the Placeholder's own shape.
      const original = outerNodes.get(t.node);
      const attrs = original ? this.attrs(original, 'the graph', false) : {};
      const recorded = attrs['_output_shapes'];
      const fromRecord = recorded?.kind === 'list' && recorded.value.shape ? recorded.value.shape[t.index] : undefined;
      const fromAttr = original?.op === 'Placeholder' && attrs['shape']?.kind === 'shape' ? attrs['shape'].value : undefined;
      const declared = (fromRecord !== undefined ? fromRecord : (fromAttr ?? null)) ?? parsedExampleShape(outerNodes, t.node, t.index, (n) => this.attrs(n, 'the graph', false));
      const shape = declared ?? (spec.shape ? spec.shape.map((d) => (d < 0 ? -1 : d)) : null);
      this.emit(this.outer, { name, op: 'Placeholder', inputs: [], attrs: { dtype: { kind: 'type', value: dtype }, shape: { kind: 'shape', value: shape } } });
      this.feeds.set(formatRef(t.node, t.index), name);
      return { key, node: name, type: { dtype, shape: symbolicShape(shape, key) } satisfies TensorType };
    });

    const outputs = Object.entries(sig.outputs).map(([key, spec]) => {
      const v = this.value(scope, spec.name);
      if (!('ref' in v)) throw problem(this.model, `signature output "${key}" is a variable handle, not a tensor`);
      const shape = spec.shape ? spec.shape.map((d) => (d < 0 ? -1 : d)) : null;
      return { key, tensor: v.ref, type: { dtype: baseDtype(spec.dtype), shape: symbolicShape(shape, key) } satisfies TensorType };
    });

    const own = await this.loadConsts();
    const graph: Graph = {
      nodes: this.outer.nodes,
      inputs,
      outputs,
      functions: this.functions,
      meta: { signatureKey: sig.key, methodName: sig.methodName, tags: this.mg.tags, tensorflowVersion: this.mg.tensorflowVersion, source: this.model.dir },
    };
    // Read for this graph alone: the first batch-norm folding may scale them in place (passes/exclusive.ts).
    for (const t of own) markExclusive(graph, t);
    return graph;
  }

  /** The SignatureDef's tensors must name graph tensors with a dtype and a shape TensorFlow could hold. */
  private checkSignature(sig: SignatureInfo): void {
    for (const [k, t] of [...Object.entries(sig.inputs), ...Object.entries(sig.outputs)]) {
      const where = `signature "${sig.key}" tensor "${k}"`;
      if (t.encoding) throw problem(this.model, `${where} is ${t.encoding}; only dense tensors can be converted`);
      const ref = parseTensorName(t.name);
      if (!ref || ref.node === '') throw corrupt(this.model, `${where} names "${t.name}", which is not a tensor name ("node:index")`);
      if (!(baseDtype(t.dtype) in DT) || t.dtype === 'DT_INVALID') throw corrupt(this.model, `${where} has dtype ${t.dtype}, which TensorFlow does not have`);
      if (dtypeByteSize(t.dtype) === undefined && baseDtype(t.dtype) !== 'DT_STRING') throw problem(this.model, `${where} is a ${t.dtype}; only tensors of numbers, booleans or strings can be converted`);
      if (t.shape && (t.shape.length > MAX_RANK || !t.shape.every(Number.isSafeInteger))) {
        throw corrupt(this.model, `${where} has an impossible shape (rank ${t.shape.length}, dims ${t.shape.slice(0, 8).join(', ')}${t.shape.length > 8 ? ', …' : ''})`);
      }
    }
  }

  /** TF2: outer-graph VarHandleOp name → checkpoint key, from each call's bound_inputs. */
  private async mapResources(): Promise<void> {
    if (this.mg.kind !== 'tf2') return;
    const map = await this.mg.objectCheckpointMap();
    const saved = this.mg.objectGraph;
    if (!map || !saved) return;
    saved.nodes.forEach((n, id) => {
      const key = map.keyByNode.get(id);
      const name = (n as tf.SavedObject).variable?.name;
      if (key && name && !this.variableNames.has(key)) this.variableNames.set(key, name);
    });
    for (const node of this.mg.graphParts.nodes.callers) {
      const fn = node.attr?.['f']?.func?.name;
      const cf = fn ? saved.concreteFunctions[fn] : undefined;
      if (!cf) continue;
      const data = (node.input ?? []).filter((i) => !i.startsWith('^'));
      const bound = cf.boundInputs ?? [];
      const trailing = data.slice(data.length - bound.length);
      bound.forEach((nodeId, i) => {
        const key = map.keyByNode.get(nodeId);
        const t = parseTensorName(trailing[i] ?? '');
        if (key && t) this.resourceKeys.set(t.node, key);
      });
    }
  }

  // ---- naming and emission ----------------------------------------------------------------------------

  private unique(target: Target, base: string): string {
    let name = base;
    for (let i = 1; target.names.has(name); i++) name = `${base}_${i}`;
    target.names.add(name);
    return name;
  }

  private emit(target: Target, node: Node): Node {
    target.nodes.push(node);
    target.names.add(node.name);
    return node;
  }

  /** The Const node holding a variable's value (one per checkpoint key), in the outer graph. */
  private constFor(key: string): string {
    let name = this.constByKey.get(key);
    if (!name) {
      const entry = this.bundleEntry(key, `variable "${key}"`);
      const base = this.variableNames.get(key) ?? key.replace(/\/\.ATTRIBUTES\/VARIABLE_VALUE$/, '');
      name = this.unique(this.outer, base.replace(/[^A-Za-z0-9_./-]/g, '_'));
      const placeholderValue: HostTensor = { dtype: baseDtype(entry.dtype), shape: entry.shape, data: new Float32Array(0) };
      const node = this.emit(this.outer, { name, op: 'Const', inputs: [], attrs: { dtype: { kind: 'type', value: placeholderValue.dtype }, value: { kind: 'tensor', value: placeholderValue } } });
      this.pendingConsts.push({ node, key });
      this.constByKey.set(key, name);
    }
    return name;
  }

  /** A bundle entry by checkpoint key; the key can come from the object graph, which may disagree. */
  private bundleEntry(key: string, what: string): BundleEntry {
    const bundle = this.model.bundle();
    const entry = bundle?.entries.get(key);
    if (!entry) {
      throw new MdeployError('E_BUNDLE_CORRUPT', `${what} reads checkpoint key "${key}", which is not in the variables bundle`, {
        file: bundle ? `${bundle.prefix}.index` : variablesPrefix(this.model.dir),
      });
    }
    return entry;
  }

  /** Reads the variables into their Const nodes; returns the values whose bytes no other value shares. */
  private async loadConsts(): Promise<HostTensor[]> {
    if (this.pendingConsts.length === 0) return [];
    // One batched read: neighbouring variables share a read and a buffer (TensorBundle.readMany).
    const values = await this.model.bundle()!.readMany(this.pendingConsts.map((p) => p.key));
    this.pendingConsts.forEach(({ node }, i) => (node.attrs['value'] = { kind: 'tensor', value: values[i]!.value }));
    return values.flatMap((v) => (v.ownBytes ? [v.value] : []));
  }

  // ---- walking ------------------------------------------------------------------------------------------

  /** Resolves a tensor reference inside a scope. Function bodies name outputs "node:arg:i". */
  private value(scope: Scope, ref: string): Value {
    if (ref.startsWith('^')) throw corrupt(this.model, `${scope.where} uses the control input "${ref}" as a value`);
    const parts = ref.split(':');
    if (!scope.outer && parts.length === 1 && scope.args?.has(ref)) return scope.args.get(ref)!;
    let nodeName: string;
    let index = 0;
    let argName: string | undefined;
    if (scope.outer || parts.length <= 2) {
      const t = parseTensorName(ref)!;
      nodeName = t.node;
      index = t.index;
      if (!scope.outer && scope.args?.has(nodeName)) return scope.args.get(nodeName)!;
    } else {
      index = Number(parts.pop());
      argName = parts.pop();
      nodeName = parts.join(':');
    }
    if (scope.outer) {
      const fed = this.feeds.get(formatRef(nodeName, index));
      if (fed) return { ref: fed };
    }
    const nd = scope.nodes.get(nodeName);
    if (!nd) throw corrupt(this.model, `${scope.where} refers to node "${nodeName}", which does not exist`);
    if (argName !== undefined) {
      const attrs = this.attrs(nd, scope.where);
      const flat = this.registry.outputIndex({ op: nd.op ?? '', attrs }, argName, index);
      if (flat === undefined) throw problem(this.model, `${scope.where}: op ${nd.op} has no output "${argName}" (unknown op?)`);
      index = flat;
    }
    const outs = this.node(scope, nodeName, nd);
    const v = outs[index];
    if (!v) throw corrupt(this.model, `${scope.where}: "${nodeName}" (${nd.op}) has no output ${index}`);
    return v;
  }

  private node(scope: Scope, name: string, nd: tf.INodeDef): Value[] {
    const memo = scope.memo.get(name);
    if (memo) return memo;
    if (scope.busy.has(name)) {
      throw problem(this.model, `${scope.where} has a cycle through "${name}" (TF1 while loops need to be re-exported with control flow v2)`);
    }
    scope.busy.add(name);
    const out = this.build(scope, name, nd);
    scope.busy.delete(name);
    scope.memo.set(name, out);
    return out;
  }

  /** A node's attributes (with its op's defaults unless `defaults` is false), or a typed error naming it. */
  private attrs(nd: tf.INodeDef, where: string, defaults = true): Record<string, AttrValue> {
    let attrs: Record<string, AttrValue>;
    try {
      attrs = attrsFromProto(nd.attr);
    } catch (err) {
      if (!(err instanceof AttrError)) throw err;
      throw new MdeployError(err.code, `${where}: node "${nd.name}" (${nd.op}) has an unusable ${err.message}`, { file: this.model.file.file, cause: err });
    }
    return defaults ? this.registry.withDefaults(nd.op ?? '', attrs) : attrs;
  }

  private dataInputs(nd: tf.INodeDef): string[] {
    return (nd.input ?? []).filter((i) => !i.startsWith('^'));
  }

  private build(scope: Scope, name: string, nd: tf.INodeDef): Value[] {
    const op = nd.op ?? '';
    const attrs = this.attrs(nd, scope.where);
    const inputs = this.dataInputs(nd);
    // Checked against the op's signature before anything indexes into its inputs or attrs.
    const wrong = this.registry.problems({ op, attrs }, inputs.length);
    if (wrong) throw corrupt(this.model, `${scope.where}: node "${name}" (${op}) ${wrong}`);
    const need = ARITY[op];
    if (need !== undefined && inputs.length < need) throw corrupt(this.model, `${scope.where}: node "${name}" (${op}) has ${inputs.length} inputs; it needs ${need}`);
    if (PASSTHROUGH.has(op) || (op === 'PlaceholderWithDefault' && inputs.length === 1)) return [this.value(scope, inputs[0]!)];
    if (op === 'IdentityN') return inputs.map((i) => this.value(scope, i));
    if (MUTATING_OPS.test(op)) {
      throw problem(this.model, `${scope.where}: "${name}" (${op}) changes a variable; stateful signatures cannot be converted to a frozen graph (serve the SavedModel with the tf backend instead)`);
    }
    if (V1_CONTROL_FLOW.has(op)) {
      throw problem(this.model, `${scope.where}: "${name}" is TF1 control flow (${op}); re-export the model with TF2 (control flow v2) to convert it`);
    }
    if (VARIABLE_OPS.has(op)) return [this.variable(scope, name, op, attrs)];
    if (op === 'ReadVariableOp') {
      const v = this.value(scope, inputs[0]!);
      return ['resource' in v ? { ref: this.constRefIn(scope, v.resource) } : v];
    }
    if (op === 'ResourceGather') {
      const v = this.value(scope, inputs[0]!);
      if (!('resource' in v)) throw problem(this.model, `${scope.where}: ResourceGather "${name}" does not read a variable`);
      const indices = this.ref(scope, inputs[1]!, name);
      const axis = this.emit(scope.target, { name: this.unique(scope.target, `${scope.prefix}${name}/axis`), op: 'Const', inputs: [], attrs: { dtype: { kind: 'type', value: 'DT_INT32' }, value: { kind: 'tensor', value: { dtype: 'DT_INT32', shape: [], data: Int32Array.of(0) } } } });
      const gather = this.emit(scope.target, {
        name: this.unique(scope.target, scope.prefix + name),
        op: 'GatherV2',
        inputs: [this.constRefIn(scope, v.resource), indices, axis.name],
        attrs: { Tparams: { kind: 'type', value: v.dtype }, Tindices: attrs['Tindices'] ?? { kind: 'type', value: 'DT_INT32' }, Taxis: { kind: 'type', value: 'DT_INT32' }, batch_dims: { kind: 'i', value: attrs['batch_dims']?.kind === 'i' ? attrs['batch_dims'].value : 0 } },
      });
      return [{ ref: gather.name }];
    }
    const fnName = CALL_OPS.has(op) ? (attrs['f']?.kind === 'func' ? attrs['f'].value.name : undefined) : this.library.has(op) ? op : undefined;
    if (fnName !== undefined) return this.inline(scope, name, fnName, inputs);
    if (WHILE_OPS.has(op) || IF_OPS.has(op) || CASE_OPS.has(op)) return this.controlFlow(scope, name, nd, attrs, inputs);
    return this.copy(scope, name, op, attrs, inputs, nd.device ?? undefined);
  }

  private ref(scope: Scope, input: string, consumer: string): string {
    const v = this.value(scope, input);
    if ('resource' in v) throw problem(this.model, `${scope.where}: "${consumer}" takes a variable handle as input; mdeploy can only freeze variables that are read (ReadVariableOp)`);
    return v.ref;
  }

  /** A variable's value as a tensor ref in this scope (bodies receive it as a loop-carried argument). */
  private constRefIn(scope: Scope, key: string): string {
    if (scope.target !== this.outer) throw problem(this.model, `${scope.where} reads variable "${key}" directly; only captured variables can be frozen in function bodies`);
    return this.constFor(key);
  }

  private copy(scope: Scope, name: string, op: string, attrs: Record<string, AttrValue>, inputs: string[], device?: string): Value[] {
    const refs = inputs.map((i) => this.ref(scope, i, name));
    const node: Node = { name: this.unique(scope.target, scope.prefix + name), op, inputs: refs, attrs };
    if (device) node.device = device;
    this.emit(scope.target, node);
    const n = this.registry.outputDtypes({ op, attrs })?.length ?? 1;
    return Array.from({ length: Math.max(n, 1) }, (_, i) => ({ ref: formatRef(node.name, i) }));
  }

  private variable(scope: Scope, name: string, op: string, attrs: Record<string, AttrValue>): Value {
    if (!scope.outer) throw problem(this.model, `${scope.where} creates variable "${name}" inside a function`);
    const bundle = this.model.bundle();
    let key = this.resourceKeys.get(name);
    if (!key && bundle?.entries.has(name)) key = name;
    const shared = attrs['shared_name'];
    if (!key && shared?.kind === 's') {
      const s = new TextDecoder().decode(shared.value);
      if (bundle?.entries.has(s)) key = s;
    }
    if (!key) throw problem(this.model, `variable "${name}" (${op}) has no value in the variables bundle`);
    if (op === 'VarHandleOp') {
      const e = this.bundleEntry(key, `variable "${name}"`);
      return { resource: key, dtype: baseDtype(e.dtype), shape: e.shape };
    }
    return { ref: this.constFor(key) };
  }

  /** Inlines a library function call; returns its outputs as values in the caller's scope. */
  private inline(scope: Scope, name: string, fnName: string, inputs: string[]): Value[] {
    const fn = this.library.get(fnName);
    if (!fn) throw corrupt(this.model, `${scope.where}: "${name}" calls function "${fnName}", which is not in the library`);
    const calls = [...scope.calls, fnName];
    // Inlining a recursive function never ends; TensorFlow itself rejects such graphs.
    if (scope.calls.includes(fnName)) throw problem(this.model, `function ${fnName} calls itself (${calls.join(' → ')}); recursive functions cannot be frozen`);
    if (calls.length > MAX_CALL_DEPTH) throw problem(this.model, `function calls are nested more than ${MAX_CALL_DEPTH} deep (${calls.slice(0, 3).join(' → ')} → …)`);
    const args = new Map<string, Value>();
    (fn.signature?.inputArg ?? []).forEach((arg, i) => {
      const input = inputs[i];
      if (input === undefined) throw corrupt(this.model, `${scope.where}: call "${name}" passes ${inputs.length} inputs to ${fnName}, which takes more`);
      args.set(arg.name ?? '', this.value(scope, input));
    });
    const inner: Scope = {
      nodes: new Map((fn.nodeDef ?? []).map((n) => [n.name ?? '', n])),
      args,
      prefix: `${scope.prefix}${name}/`,
      target: scope.target,
      memo: new Map(),
      busy: new Set(),
      where: `function ${fnName}`,
      outer: false,
      calls,
    };
    return (fn.signature?.outputArg ?? []).map((arg) => {
      const ret = fn.ret?.[arg.name ?? ''];
      if (ret === undefined) throw corrupt(this.model, `function ${fnName} does not return its output "${arg.name}"`);
      return this.value(inner, ret);
    });
  }

  /**
   * While / If / Case: the node stays, its functions are converted into IR bodies. Variable handles passed
   * in become the variable's value (a Const outside), and the bodies are specialized to take tensors.
   */
  private controlFlow(scope: Scope, name: string, nd: tf.INodeDef, attrs: Record<string, AttrValue>, inputs: string[]): Value[] {
    const op = nd.op ?? '';
    const values = inputs.map((i) => this.value(scope, i));
    // If/Case: the first input is the condition / branch index, not passed to the branches.
    const argStart = WHILE_OPS.has(op) ? 0 : 1;
    const argValues = values.slice(argStart);
    const refs = values.map((v) => ('resource' in v ? this.constRefIn(scope, v.resource) : v.ref));
    const argTypes: Array<DTypeName | undefined> = argValues.map((v) => ('resource' in v ? v.dtype : undefined));
    const newAttrs: Record<string, AttrValue> = { ...attrs };
    const funcAttrs = WHILE_OPS.has(op) ? ['cond', 'body'] : IF_OPS.has(op) ? ['then_branch', 'else_branch'] : [];
    for (const fa of funcAttrs) {
      const f = attrs[fa];
      if (f?.kind === 'func') newAttrs[fa] = { kind: 'func', value: { name: this.functionBody(f.value.name, argTypes), attrs: f.value.attrs } };
    }
    if (CASE_OPS.has(op)) {
      const b = attrs['branches'];
      if (b?.kind === 'list') newAttrs['branches'] = { kind: 'list', value: { func: (b.value.func ?? []).map((f) => ({ name: this.functionBody(f.name, argTypes), attrs: f.attrs })) } };
    }
    // Loop-carried / argument types: a resource becomes its variable's dtype.
    const typeAttr = WHILE_OPS.has(op) ? 'T' : 'Tin';
    const t = attrs[typeAttr];
    if (t?.kind === 'list' && t.value.type) {
      newAttrs[typeAttr] = { kind: 'list', value: { type: t.value.type.map((d, i) => argTypes[i] ?? d) } };
      if (WHILE_OPS.has(op)) {
        const shapes = attrs['output_shapes'];
        if (shapes?.kind === 'list' && shapes.value.shape) {
          newAttrs['output_shapes'] = {
            kind: 'list',
            value: { shape: shapes.value.shape.map((s, i) => (argTypes[i] ? (argValues[i] as { shape: number[] }).shape : s)) },
          };
        }
      }
    }
    const node: Node = { name: this.unique(scope.target, scope.prefix + name), op, inputs: refs, attrs: newAttrs };
    this.emit(scope.target, node);
    let n: number;
    if (WHILE_OPS.has(op)) n = refs.length;
    else {
      const tout = attrs['Tout'];
      n = tout?.kind === 'list' ? (tout.value.type?.length ?? 0) : 0;
    }
    return Array.from({ length: n }, (_, i) => ({ ref: formatRef(node.name, i) }));
  }

  /**
   * Converts a library function into an IR body once per specialization (which arguments are variables, and
   * their dtypes). Nested calls are inlined into it; it keeps its argument names.
   */
  private functionBody(fnName: string, argTypes: Array<DTypeName | undefined>): string {
    const specKey = `${fnName}|${argTypes.map((t) => t ?? '').join(',')}`;
    const existing = this.specializations.get(specKey);
    if (existing) return existing;
    const fn = this.library.get(fnName);
    if (!fn) throw corrupt(this.model, `control flow refers to function "${fnName}", which is not in the library`);
    const specialized = argTypes.some((t) => t !== undefined);
    let bodyName = fnName;
    for (let i = 1; specialized && (this.functions.has(bodyName) || this.library.has(bodyName)); i++) bodyName = `${fnName}_frozen${i > 1 ? i : ''}`;
    this.specializations.set(specKey, bodyName);

    const target: Target = { nodes: [], names: new Set() };
    const inputArgs: FunctionArg[] = (fn.signature?.inputArg ?? []).map((a, i) => ({
      name: a.name ?? '',
      dtype: argTypes[i] ?? baseDtype(this.argDtype(a, fn)),
    }));
    for (const a of inputArgs) target.names.add(a.name);
    const args = new Map<string, Value>(inputArgs.map((a) => [a.name, { ref: a.name }]));
    const scope: Scope = {
      nodes: new Map((fn.nodeDef ?? []).map((n) => [n.name ?? '', n])),
      args,
      prefix: '',
      target,
      memo: new Map(),
      busy: new Set(),
      where: `function ${fnName}`,
      outer: false,
      calls: [fnName],
    };
    const body: FunctionBody = { name: bodyName, inputs: inputArgs, outputs: [], nodes: target.nodes, ret: {} };
    // Register before walking, so a recursive reference finds it.
    this.functions.set(bodyName, body);
    for (const arg of fn.signature?.outputArg ?? []) {
      const ret = fn.ret?.[arg.name ?? ''];
      if (ret === undefined) throw corrupt(this.model, `function ${fnName} does not return "${arg.name}"`);
      const v = this.value(scope, ret);
      if ('resource' in v) throw problem(this.model, `function ${fnName} returns a variable handle`);
      body.ret[arg.name ?? ''] = v.ref;
      const passthrough = inputArgs.find((a) => a.name === v.ref);
      body.outputs.push({ name: arg.name ?? '', dtype: passthrough ? passthrough.dtype : baseDtype(this.argDtype(arg, fn)) });
    }
    return bodyName;
  }

  private argDtype(arg: tf.OpDef.IArgDef, fn: tf.IFunctionDef): DTypeName {
    if (arg.type) return dtypeOf(arg.type);
    // Function signatures in SavedModels use concrete types; typeAttr only appears in generic ones.
    const a = arg.typeAttr ? fn.attr?.[arg.typeAttr] : undefined;
    return a?.type ? dtypeOf(a.type) : 'DT_INVALID';
  }
}

/**
 * The shape TF would give a tensor that parses tf.Example protos (TF Serving's models feed such tensors
 * directly): [batch, ...dense_shapes[k]] for dense output k of ParseExample / ParseExampleV2, through Identity.
 */
function parsedExampleShape(nodes: Scope['nodes'], name: string, index: number, attrsOf: (n: tf.INodeDef) => Record<string, AttrValue>): number[] | null {
  let node = nodes.get(name);
  let out = index;
  for (let i = 0; node && (node.op === 'Identity' || node.op === 'IdentityN') && i < 8; i++) {
    const t = parseTensorName((node.input ?? []).filter((x) => !x.startsWith('^'))[node.op === 'IdentityN' ? out : 0] ?? '');
    if (!t) return null;
    node = nodes.get(t.node);
    out = t.index;
  }
  if (!node || (node.op !== 'ParseExample' && node.op !== 'ParseExampleV2')) return null;
  const attrs = attrsOf(node);
  const num = attrs[node.op === 'ParseExample' ? 'Nsparse' : 'num_sparse'];
  const sparse = num?.kind === 'i' ? num.value : 0;
  const shapes = attrs['dense_shapes'];
  const k = out - 3 * sparse;
  const dense = shapes?.kind === 'list' ? shapes.value.shape?.[k] : undefined;
  return dense ? [-1, ...dense] : null;
}

/** Signature shapes → IR shapes: the first unknown dim is "batch", others "<key>_d<i>". */
export function symbolicShape(shape: number[] | null, key: string): TensorType['shape'] {
  if (!shape) return null;
  return shape.map((d, i) => (d >= 0 ? d : i === 0 ? 'batch' : `${key}_d${i}`));
}

/** Freezes one signature of a SavedModel into an IR graph. */
export async function freezeSignature(model: SavedModel, options: FreezeOptions = {}): Promise<Graph> {
  const mg = model.metaGraph(options.tags);
  const sig = mg.signature(options.signature);
  return new Freezer(model, mg).freeze(sig);
}
