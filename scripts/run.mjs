import { spawn, spawnSync } from "node:child_process";

function failed(command, args, status) {
  console.error(`\n✗ ${[command, ...args].join(" ")} failed (exit ${status}).`);
  process.exit(status ?? 1);
}

/** Runs a command with inherited output; exits the process with its code when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.error) {
    console.error(`Could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) failed(command, args, result.status);
}

// eslint-disable-next-line no-control-regex
const ansi = /\x1b\[[0-9;]*[A-Za-z]/g;

/**
 * Like `run`, streaming the output live, and returns `{ passed, failed }` as read by `count`
 * from the whole (colour-stripped) output.
 */
export function runCounting(command, args, count, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
    let output = "";
    const forward = (target) => (chunk) => {
      output += chunk;
      target.write(chunk);
    };
    child.stdout.on("data", forward(process.stdout));
    child.stderr.on("data", forward(process.stderr));
    child.on("error", (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      process.exit(1);
    });
    child.on("close", (status) => {
      if (status !== 0) failed(command, args, status);
      resolve(count(output.replace(ansi, "")));
    });
  });
}
