/**
 * One TF Serving gRPC Predict call against a test server, answered as host tensors (and the raw TensorProtos,
 * for tests that check which field carried them). The error code and details, if any, come back instead of a
 * rejection, so a test can assert a refusal and the server's next answer alike.
 */
import * as grpc from '@grpc/grpc-js';
import type { serving } from '../../src/proto/serving-api.js';
import { PredictionServiceDefinition } from '../../src/server/grpc.js';
import type { HostTensor } from '../../src/tensor/host.js';
import { tensorFromProto } from '../../src/tensor/proto.js';
import type { ServeProcess } from './serve.js';

export type PredictReply = { code: number; details: string; outputs: Record<string, HostTensor>; protos: Record<string, serving.tensorflow.ITensorProto> };

export function grpcPredictTensors(s: ServeProcess, model: string, signature: string, inputs: Record<string, object>): Promise<PredictReply> {
  const Client = grpc.makeGenericClientConstructor(PredictionServiceDefinition, 'PredictionService');
  const client = new Client(`127.0.0.1:${s.grpcPort}`, grpc.credentials.createInsecure()) as unknown as grpc.Client & {
    Predict: (r: object, cb: (e: grpc.ServiceError | null, res?: serving.tensorflow.serving.PredictResponse) => void) => void;
  };
  return new Promise((resolve) => {
    client.Predict({ modelSpec: { name: model, signatureName: signature }, inputs }, (err, res) => {
      client.close();
      const outputs = Object.fromEntries(Object.entries(res?.outputs ?? {}).map(([k, p]) => [k, tensorFromProto(p)]));
      resolve({ code: err?.code ?? 0, details: err?.details ?? '', outputs, protos: res?.outputs ?? {} });
    });
  });
}
