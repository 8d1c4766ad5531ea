// Finding the Java that runs the server: the unspin.java.home setting, then JAVA_HOME, then PATH.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const MINIMUM_JAVA = 17;

export interface JavaFound {
  executable: string;
  major: number;
  versionLine: string;
}

/** The Java major version in `java -version` output ("17.0.15" -> 17, "1.8.0_402" -> 8); undefined if none. */
export function parseJavaMajor(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (!match) {
    return undefined;
  }
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** The executable a setting or JAVA_HOME names: a JDK home (bin/java inside) or the java executable itself. */
export function javaInHome(home: string): string {
  const exe = process.platform === 'win32' ? 'java.exe' : 'java';
  const inBin = path.join(home, 'bin', exe);
  return fs.existsSync(inBin) ? inBin : home;
}

/** The candidates in order, each with where it came from (for messages). */
export function javaCandidates(setting: string, env: NodeJS.ProcessEnv): Array<{ executable: string; from: string }> {
  const out: Array<{ executable: string; from: string }> = [];
  if (setting.trim() !== '') {
    return [{ executable: javaInHome(setting.trim()), from: 'the setting unspin.java.home' }];
  }
  if (env.JAVA_HOME && env.JAVA_HOME.trim() !== '') {
    out.push({ executable: javaInHome(env.JAVA_HOME.trim()), from: 'JAVA_HOME' });
  }
  out.push({ executable: process.platform === 'win32' ? 'java.exe' : 'java', from: 'PATH' });
  return out;
}

function runVersion(executable: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(executable, ['-version'], { env, timeout: 15000 }, (error, stdout, stderr) => {
      if (error) {
        reject(error);
      } else {
        resolve(`${stderr}\n${stdout}`);
      }
    });
  });
}

/**
 * The first working Java candidate, checked to be 17 or newer. Rejects with a message for the user
 * that says what was tried and how to fix it.
 */
export async function findJava(setting: string, env: NodeJS.ProcessEnv = process.env): Promise<JavaFound> {
  const tried: string[] = [];
  for (const candidate of javaCandidates(setting, env)) {
    let output: string;
    try {
      output = await runVersion(candidate.executable, env);
    } catch (e) {
      tried.push(`${candidate.executable} (from ${candidate.from}): ${(e as Error).message.split('\n')[0]}`);
      continue;
    }
    const major = parseJavaMajor(output);
    if (major === undefined) {
      tried.push(`${candidate.executable} (from ${candidate.from}): cannot read its version`);
      continue;
    }
    const versionLine = output.trim().split('\n')[0];
    if (major < MINIMUM_JAVA) {
      throw new Error(`unspin needs Java ${MINIMUM_JAVA} or newer, but ${candidate.executable} (from ${candidate.from}) ` +
        `is Java ${major} (${versionLine}). Install a JDK ${MINIMUM_JAVA}+ and set "unspin.java.home" to it.`);
    }
    return { executable: candidate.executable, major, versionLine };
  }
  throw new Error(`unspin needs Java ${MINIMUM_JAVA} or newer and found none. Tried: ${tried.join('; ')}. ` +
    `Install a JDK ${MINIMUM_JAVA}+ (for example "apt install openjdk-17-jre-headless") or set "unspin.java.home".`);
}
