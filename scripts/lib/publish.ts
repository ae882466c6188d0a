import { mkdir, mkdtemp, rename, rm, stat } from "node:fs/promises";
import path from "node:path";

/** A fresh staging folder beside the output (`_site.staging-…`): same file system, so the swap is a rename. */
export async function makeStagingDir(outDir: string): Promise<string> {
  await mkdir(path.dirname(outDir), { recursive: true });
  return mkdtemp(`${outDir}.staging-`);
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/**
 * Replaces `target` with the finished `staged` folder: the old site is moved aside, the new one renamed
 * into place, then the old one deleted. Until this runs, `target` is untouched.
 */
export async function publishDir(staged: string, target: string): Promise<void> {
  const aside = `${staged}-previous`;
  const hadTarget = await exists(target);
  if (hadTarget) await rename(target, aside);
  try {
    await rename(staged, target);
  } catch (error) {
    if (hadTarget) await rename(aside, target);
    throw error;
  }
  if (hadTarget) await rm(aside, { recursive: true, force: true });
}
