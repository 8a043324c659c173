# The classic coroutine lesson: one thread, two routines taking turns.
# The consumer is a generator that yields a status after each item; the
# producer drives it with send() and closes it when it is done. No locks,
# no threads: control passes explicitly at each yield / send.

def consumer():
    status = ''
    while True:
        item = yield status          # hand back a status, wait for the next item
        if not item:
            return
        print('[CONSUMER] Consuming %s...' % item)
        status = '200 OK'

def produce(c):
    c.send(None)                     # start the generator: run to its first yield
    n = 0
    while n < 5:
        n = n + 1
        print('[PRODUCER] Producing %s...' % n)
        status = c.send(n)
        print('[PRODUCER] Consumer return: %s' % status)
    c.close()

c = consumer()
produce(c)
