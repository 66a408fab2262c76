/** The ribbon's 覆盖检查 inside Excel: the use case (src/app/coverageCheck.ts) in one Office session. */
import { runCoverageCheck } from '../../app/coverageCheck';
import { officeDeps, officeEnv, type OfficeHostDeps, officeSession } from './officeHost';

/** Checks the current semester, writes and shows 覆盖检查; one line of outcome. */
export async function runCoverageCheckCommand(
  overrides: Partial<OfficeHostDeps> = {},
): Promise<{ ok: boolean; message: string }> {
  const deps = officeDeps(overrides);
  return runCoverageCheck(officeSession(deps), officeEnv(deps));
}
