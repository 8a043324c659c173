// The importable modules: name -> function that fills a fresh module namespace.

import type { PyDict } from '../runtime/dict.js';
import type { PyModule } from '../runtime/function.js';
import type { Process } from '../vm/process.js';

export type ModuleFactory = (proc: Process, ns: PyDict, mod: PyModule) => void;

export const moduleFactories = new Map<string, ModuleFactory>();

export function registerModule(name: string, factory: ModuleFactory): void {
  moduleFactories.set(name, factory);
}
