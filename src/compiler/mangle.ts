// Private name mangling: inside a class, an identifier `__spam` (two
// leading underscores, not two trailing ones) stands for `_Class__spam`,
// where Class is the class's name without its leading underscores. It
// applies to every variable and attribute name in the class body and in
// the functions nested in it (until a nested class brings its own name),
// but not to keyword names in calls nor to a function's own __name__.

/** `name` as written inside a class named `privateName` (null: outside any class). */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  let i = 0;
  while (i < privateName.length && privateName[i] === '_') i++;
  if (i === privateName.length) return name; // a class named only with underscores
  return `_${privateName.slice(i)}${name}`;
}
