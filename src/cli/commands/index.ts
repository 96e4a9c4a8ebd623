/** Every command of `pedmonitor`, by name: adding one is one entry (e.g. `report`). */
import type { Command } from "./command";
import { demoCommand } from "./demo";
import { reportCommand } from "./report";
import { templateCommand } from "./template";
import { validateCommand } from "./validate";

export const COMMANDS: Readonly<Record<string, Command>> = {
  template: templateCommand,
  validate: validateCommand,
  report: reportCommand,
  demo: demoCommand,
};

export type { Command } from "./command";
