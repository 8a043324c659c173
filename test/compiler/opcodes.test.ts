// The const enum (inlined by tsc into the VM's switch) and the opcode table
// (read by the compiler and the disassembler) must describe the same opcodes.
import { describe, it, expect } from 'vitest';
import { Op, OPCODES } from '../../src/compiler/opcodes.js';

describe('opcode table', () => {
  it('numbers every table entry as the enum does', () => {
    const entries = Object.entries(Op as unknown as Record<string, number>).filter(([, v]) => typeof v === 'number');
    expect(entries.length).toBe(OPCODES.length);
    for (const [name, value] of entries) expect(OPCODES[value].name).toBe(name);
  });
  it('fits opcodes in the low 8 bits of an instruction word', () => {
    expect(OPCODES.length).toBeLessThanOrEqual(256);
  });
});
