# Generator send() ping-pong: 1,000,000 messages into a coroutine-style
# generator that answers each one. Each send() resumes the generator's frame
# and each yield suspends it again.
def accumulator():
    total = 0
    while True:
        value = yield total
        total += value


acc = accumulator()
next(acc)
send = acc.send
last = 0
for i in range(1_000_000):
    last = send(i & 7)
print(last)
