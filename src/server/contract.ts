/**
 * TF Serving's switches for how strictly, and in which form, it answers; mdeploy takes the same defaults and
 * the same flag names (--enable_signature_method_name_check, --enable_serialization_as_tensor_content).
 */
export interface ServingContract {
  /** Classify/Regress only on signatures whose method_name says so (TF Serving: off). */
  methodNameCheck: boolean;
  /** gRPC outputs as raw tensor_content instead of the typed *_val fields (TF Serving: off). */
  tensorContent: boolean;
}

export const DEFAULT_CONTRACT: ServingContract = { methodNameCheck: false, tensorContent: false };
