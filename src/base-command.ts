import { Command, Errors } from '@oclif/core';
import { isMdeployError, MdeployError } from './errors.js';

/**
 * Every mdeploy command extends this. It turns `--json` on, prints user errors as one line (plus a hint)
 * with their own exit code and no stack, and marks anything else as a bug to report.
 */
export abstract class BaseCommand extends Command {
  static override enableJsonFlag = true;

  /** Plain JSON: oclif's colorizing tokenizer costs ~20 ms on large results and pipes do not want color. */
  override logJson(json: unknown): void {
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  }

  protected override async catch(err: Error & { exitCode?: number; oclif?: { exit?: number } }): Promise<unknown> {
    const json = this.jsonEnabled();
    if (isMdeployError(err)) {
      process.exitCode = err.exitCode;
      if (json) this.logJson({ error: err.toJSON() });
      else {
        process.stderr.write(`mdeploy: error ${err.code}: ${err.message}\n`);
        for (const s of err.suggestions ?? []) process.stderr.write(`  hint: ${s}\n`);
      }
      throw silentExit(err.exitCode);
    }
    // oclif's own parse errors (unknown flag, missing argument) are usage errors.
    if (err instanceof Errors.CLIError && (err.constructor.name.endsWith('Error') && /Parse|Flag|Arg|Unexpected|Required|Nonexistent/.test(err.constructor.name))) {
      // oclif puts the reason on the lines after a generic header ("The following error occurred:").
      const lines = err.message.split('\n').map((l) => l.trim()).filter((l) => l && !/^The following errors? occurred:?$/i.test(l) && !/^See more help with/i.test(l));
      const usage = new MdeployError('E_USAGE', lines.join('; ') || err.message);
      return this.catch(usage);
    }
    if (err instanceof Errors.ExitError || err.oclif?.exit !== undefined) throw err;
    process.exitCode = 1;
    if (json) this.logJson({ error: { code: 'E_INTERNAL', exitCode: 1, message: err.message, stack: err.stack } });
    else {
      process.stderr.write(`mdeploy: internal error: ${err.stack ?? err.message}\n`);
      process.stderr.write('This is a bug in mdeploy. Please report it with the command you ran and the output above.\n');
    }
    throw silentExit(1);
  }
}

function silentExit(code: number): Error {
  const e = new Errors.ExitError(code);
  (e as Error & { skipOclifErrorHandling?: boolean }).skipOclifErrorHandling = true;
  return e;
}
