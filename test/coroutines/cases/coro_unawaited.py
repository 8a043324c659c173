# A coroutine function called but never awaited: the body never runs and
# CPython warns on stderr (once per line).
async def job(n):
    print('never printed', n)

class Service:
    async def start(self):
        print('never printed either')

job(1)
Service().start()
for i in range(3):
    job(i)
awaited = job(5)
awaited.close()           # closing it explicitly: no warning
print('end of program')
