// Tests of the disassembler: its column layout against lines printed by
// CPython 3.11's `python3 -m dis` (copied verbatim below), and its records
// for code pygil compiles (the instructions are pygil's own, so those
// expectations are about meaning: names, jump targets, line starts).

import { describe, it, expect } from 'vitest';
import { compileSource } from '../src/index.js';
import type { CodeObject } from '../src/compiler/code.js';
import { disassemble, formatDis, formatInstruction, instructionAt, handlerRanges, type DisInstruction } from '../src/compiler/dis.js';

function compile(src: string, filename = 't.py'): CodeObject {
  const r = compileSource(src, filename);
  if (!r.ok) throw new Error(r.message);
  return r.code;
}

function rec(fields: Partial<DisInstruction>): DisInstruction {
  return {
    index: 0, offset: 0, opcode: 0, opname: 'NOP', arg: null, argval: null, argrepr: '',
    line: null, sourceLine: null, isJumpTarget: false, ...fields,
  };
}

function nested(code: CodeObject, name: string): CodeObject {
  const c = code.consts.find((k): k is CodeObject => typeof k === 'object' && k !== null && (k as CodeObject).name === name);
  if (!c) throw new Error(`no code object ${name}`);
  return c;
}

describe('formatInstruction matches python3 -m dis (3.11) column layout', () => {
  // Each expected line is verbatim output of `python3 -m dis` on CPython 3.11.7.
  const cases: [Partial<DisInstruction>, string][] = [
    [{ line: 1, offset: 2, opname: 'LOAD_CONST', arg: 0, argrepr: '0' }, '  1           2 LOAD_CONST               0 (0)'],
    [{ offset: 4, opname: 'STORE_GLOBAL', arg: 0, argrepr: 'MONEY' }, '              4 STORE_GLOBAL             0 (MONEY)'],
    [{ offset: 8, opname: 'MAKE_FUNCTION', arg: 0 }, '              8 MAKE_FUNCTION            0'],
    [{ offset: 16, opname: 'BINARY_OP', arg: 13, argrepr: '+=' }, '             16 BINARY_OP               13 (+=)'],
    [{ offset: 38, opname: 'RETURN_VALUE' }, '             38 RETURN_VALUE'],
    [{ offset: 40, opname: 'PUSH_EXC_INFO', isJumpTarget: true }, '        >>   40 PUSH_EXC_INFO'],
    [{ line: 10, offset: 56, opname: 'RERAISE', arg: 0, isJumpTarget: true }, ' 10     >>   56 RERAISE                  0'],
    [{ offset: 52, opname: 'FOR_ITER', arg: 25, argrepr: 'to 104', isJumpTarget: true }, '        >>   52 FOR_ITER                25 (to 104)'],
    [{ offset: 102, opname: 'JUMP_BACKWARD', arg: 26, argrepr: 'to 52', isJumpTarget: true }, '        >>  102 JUMP_BACKWARD           26 (to 52)'],
    [{ line: 5, offset: 104, opname: 'LOAD_CONST', arg: 0, argrepr: 'None', isJumpTarget: true }, '  5     >>  104 LOAD_CONST               0 (None)'],
    [{ offset: 62, opname: 'LOAD_CONST', arg: 2, argrepr: '(1, 2)' }, '             62 LOAD_CONST               2 ((1, 2))'],
    [{ offset: 84, opname: 'FORMAT_VALUE', arg: 6, argrepr: 'repr, with format' }, '             84 FORMAT_VALUE             6 (repr, with format)'],
    // An opname longer than the 20-character column pushes the argument right.
    [{ offset: 58, opname: 'POP_JUMP_FORWARD_IF_NONE', arg: 21, argrepr: 'to 102' }, '             58 POP_JUMP_FORWARD_IF_NONE    21 (to 102)'],
  ];
  for (const [fields, expected] of cases) {
    it(expected.trim(), () => {
      expect(formatInstruction(rec(fields))).toBe(expected);
    });
  }

  it('widens the line column past line 999 and the offset column past 9998', () => {
    // CPython: dis.Instruction(...)._disassemble(lineno_width=4, offset_width=5).
    expect(formatInstruction(rec({ line: 1234, offset: 12000, opname: 'NOP' }), { line: 4, offset: 5 })).toBe('1234        12000 NOP');
  });
});

describe('disassemble: records', () => {
  const src = 'MONEY = 0\n\ndef change(n):\n    global MONEY\n    MONEY += n\n    MONEY -= n\n';
  const code = compile(src, 'money.py');
  const change = nested(code, 'change');

  it('shows MONEY += n as load, add, store: three steps a thread switch can split', () => {
    const recs = disassemble(change).filter((r) => r.sourceLine === 5);
    expect(recs.map((r) => `${r.opname} ${r.argrepr}`.trim())).toEqual([
      'LOAD_GLOBAL MONEY', 'LOAD_FAST n', 'BINARY_OP +=', 'STORE_GLOBAL MONEY',
    ]);
    expect(recs[2].arg).toBe(13);
    expect(recs[0].line).toBe(5);
    expect(recs.slice(1).every((r) => r.line === null)).toBe(true);
  });

  it('uses CPython-style byte offsets (index x 2)', () => {
    const recs = disassemble(change);
    recs.forEach((r, i) => {
      expect(r.index).toBe(i);
      expect(r.offset).toBe(2 * i);
    });
  });

  it('explains jumps as "to OFFSET" and marks their targets', () => {
    const c = compile('for i in range(3):\n    if i:\n        print(i)\n');
    const recs = disassemble(c);
    const jumps = recs.filter((r) => r.argrepr.startsWith('to '));
    expect(jumps.length).toBeGreaterThan(0);
    for (const j of jumps) {
      const target = recs.find((r) => r.offset === j.argval);
      expect(target, `target of ${j.opname} at ${j.offset}`).toBeDefined();
      expect(target!.isJumpTarget).toBe(true);
    }
  });

  it('names locals, cells and free variables', () => {
    const c = compile('def outer(a):\n    b = a\n    def inner():\n        return b\n    return inner\n');
    const outer = nested(c, 'outer');
    const inner = nested(outer, 'inner');
    const outerOps = disassemble(outer).map((r) => `${r.opname} ${r.argrepr}`);
    expect(outerOps).toContain('LOAD_FAST a');
    expect(outerOps).toContain('STORE_DEREF b');
    expect(outerOps).toContain('LOAD_CLOSURE b');
    expect(disassemble(inner).map((r) => `${r.opname} ${r.argrepr}`)).toContain('LOAD_DEREF b');
  });

  it('explains comparisons, is/in and constants', () => {
    const c = compile('x = 1\ny = x < 2\nz = x is not None\nw = x not in "ab"\nprint(1.5, sep="a")\n');
    const reprs = disassemble(c).map((r) => r.argrepr);
    expect(reprs).toContain('<');
    expect(reprs).toContain('is not');
    expect(reprs).toContain('not in');
    expect(reprs).toContain("'ab'");
    expect(reprs).toContain('1.5');
    expect(reprs).toContain("('sep',)");
  });

  it('decodes one instruction on its own (for --trace)', () => {
    const full = disassemble(change);
    const one = instructionAt(change, 2);
    expect(one.opname).toBe(full[2].opname);
    expect(one.argrepr).toBe(full[2].argrepr);
  });
});

describe('formatDis: whole listings', () => {
  const src = 'def f(x):\n    try:\n        return 1 / x\n    except ZeroDivisionError:\n        return None\n\nprint(f(0))\n';
  const text = formatDis(compile(src, 'prog.py'));
  const lines = text.split('\n');

  it('starts each source line with its number, after a blank line', () => {
    expect(lines[0]).toMatch(/^  1 {11}0 \S/);
    let starts = 0;
    for (let i = 1; i < lines.length; i++) {
      // A line-number column entry: up to 3 digits right-aligned, then the marker columns.
      if (/^[ \d]{2}\d {5}[ >]{2} +\d+ [A-Z]/.test(lines[i])) {
        starts++;
        const prev = lines[i - 1];
        expect(prev === '' || prev.startsWith('Disassembly of'), `line before ${JSON.stringify(lines[i])}`).toBe(true);
      }
    }
    expect(starts).toBeGreaterThan(3);
  });

  it('follows with every nested code object, as CPython names it', () => {
    const header = lines.find((l) => l.startsWith('Disassembly of'));
    expect(header).toMatch(/^Disassembly of <code object f at 0x[0-9a-f]+, file "prog\.py", line 1>:$/);
    const i = lines.indexOf(header!);
    expect(lines[i - 1]).toBe('');
  });

  it('prints the exception table like CPython', () => {
    const f = nested(compile(src, 'prog.py'), 'f');
    expect(handlerRanges(f).length).toBeGreaterThan(0);
    expect(text).toMatch(/\nExceptionTable:\n( {2}\d+ to \d+ -> \d+ \[\d+\]( lasti)?\n)+/);
  });

  it('is deterministic (addresses are stable)', () => {
    expect(formatDis(compile(src, 'prog.py'))).toBe(text);
  });
});
