# await in a class body: CPython says "outside function", not "outside async function".
class Poller:
    await poll()
