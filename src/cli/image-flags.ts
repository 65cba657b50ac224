/** Flags shared by `scaffold`, `build` and `serve --docker`: how a model becomes an image. */
import { Flags } from '@oclif/core';
import { IMAGE_BACKENDS, type ImageBackend } from '../image/app-files.js';
import { CONTAINER_DEFAULTS } from '../image/container-options.js';
import { defaultBaseImageTag } from '../image/names.js';
import type { TemplateName } from '../image/plan.js';
import type { ImageOptions } from '../image/scaffold.js';

export const imageFlags = {
  template: Flags.string({ description: 'node: mdeploy\'s own server; tf-serving: TensorFlow Serving\'s image', options: ['node', 'tf-serving'], default: 'node' }),
  'base-image': Flags.string({ description: `base image (node: default ${defaultBaseImageTag()}, see \`mdeploy base-image\`; tf-serving: tensorflow/serving:<tag>)` }),
};

const GiB = 1024 ** 3;

/**
 * Flags of `serve --docker` that limit the container (not in imageFlags: `build` and `scaffold` start no
 * container). Checked by checkContainerRequest() before anything is built.
 */
export const containerFlags = {
  memory: Flags.string({
    description: `with --docker: memory limit, no swap on top (e.g. 4GiB; default ${CONTAINER_DEFAULTS.memoryFloorBytes / GiB} GiB, or ${CONTAINER_DEFAULTS.memoryBaseBytes / GiB} GiB + ${CONTAINER_DEFAULTS.memoryPerModelByte}x the model files when more)`,
    dependsOn: ['docker'],
  }),
  cpus: Flags.string({ description: 'with --docker: CPUs the container may use, fractions allowed (default: no limit)', dependsOn: ['docker'] }),
  'pids-limit': Flags.integer({
    description: `with --docker: processes and threads the container may have (default ${CONTAINER_DEFAULTS.pidsFloor}, or ${CONTAINER_DEFAULTS.pidsPerCpu} per host CPU when more)`,
    dependsOn: ['docker'],
  }),
};

/** `--backend` of `build` and `scaffold`: "tf" or a conversion target images serve (from the target registry). */
export const imageBackendFlag = Flags.string({
  description: 'how the image runs the model: tf (the SavedModel on TensorFlow) or converted to a target (default: onnx when the SavedModel converts and validates, else tf)',
  options: ['auto', ...IMAGE_BACKENDS],
  default: 'auto',
});

/**
 * The image backend for a `--backend` value. `serve`'s own flag names runtimes, and its "litert" (LiteRT.js,
 * which runs .tflite files) is the tflite image.
 */
export function imageBackend(flag: string | undefined): 'auto' | ImageBackend {
  if (flag === undefined || flag === 'auto') return 'auto';
  return (flag === 'litert' ? 'tflite' : flag) as ImageBackend;
}

export interface ImageFlagValues {
  template: string;
  'base-image'?: string;
  backend?: string;
  name?: string;
  version?: number;
}

export function imageOptions(model: string, flags: ImageFlagValues): ImageOptions {
  return {
    model,
    template: flags.template as TemplateName,
    baseImage: flags['base-image'],
    name: flags.name,
    version: flags.version,
    backend: imageBackend(flags.backend),
  };
}
